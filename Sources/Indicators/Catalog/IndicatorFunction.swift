/// A catalog function usable by name: described by ``FunctionInfo``, computed from input
/// series and named parameters, or streamed bar by bar. This is what TA-Lib's abstract API
/// offers, over the same code as the typed API.
public struct IndicatorFunction: Sendable {
    public let info: FunctionInfo
    private let make: @Sendable (ParameterValues) -> any ErasedIndicator
    private let batch: @Sendable (ParameterValues, InputColumns, Int) -> [[Double]]

    /// Registers an indicator type under `info` (its catalog description).
    public init<Indicator: CatalogIndicator>(_ type: Indicator.Type, info: FunctionInfo) {
        precondition(info.outputs.count == Indicator.Output.componentCount,
                     "\(info.name): catalog lists \(info.outputs.count) outputs, type gives \(Indicator.Output.componentCount)")
        self.info = info
        self.make = { Eraser(indicator: Indicator(parameters: $0)) }
        // The batch loop is a closure formed here, not a method of `Eraser`: a protocol witness
        // of a generic type runs unspecialised (generic metadata and witness lookups on every
        // bar, 20–40 ns each), whereas this closure is compiled for `Indicator` wherever this
        // initialiser is specialised, which every catalog registration is.
        self.batch = { parameters, input, count in
            batchOutputs({ Indicator(parameters: parameters) }, input: input, count: count)
        }
    }

    /// Bars consumed before the first output for these parameters.
    public func lookback(parameters: [String: Double] = [:]) throws(IndicatorError) -> Int {
        make(try ParameterValues(parameters, for: info)).lookback
    }

    /// Runs the batch form: `inputs` in ``FunctionInfo/inputs`` order, all of one length.
    /// Returns one series per output, NaN where undefined (integer outputs as exact doubles).
    public func compute(_ inputs: [[Double]], parameters: [String: Double] = [:]) throws(IndicatorError) -> [[Double]] {
        let values = try ParameterValues(parameters, for: info)
        let names = info.inputs.map(\.name)
        guard inputs.count == names.count else {
            throw .missingInput(function: info.name, expected: names, given: inputs.count)
        }
        let count = inputs.first?.count ?? 0
        guard inputs.allSatisfy({ $0.count == count }) else {
            throw .inputLengthMismatch(function: info.name, lengths: inputs.map(\.count))
        }
        return withBuffers(inputs[...]) { series in
            batch(values, InputColumns(names: names, series: series), count)
        }
    }

    /// A fresh streaming state for these parameters.
    public func stream(parameters: [String: Double] = [:]) throws(IndicatorError) -> IndicatorStream {
        IndicatorStream(
            indicator: make(try ParameterValues(parameters, for: info)),
            layout: InputColumns.Layout(names: info.inputs.map(\.name)))
    }
}

/// The streaming form of an ``IndicatorFunction``: feed one value per input series each bar.
public struct IndicatorStream: Sendable {
    fileprivate var indicator: any ErasedIndicator
    let layout: InputColumns.Layout

    public var lookback: Int { indicator.lookback }

    /// Feeds one bar (`row` in ``FunctionInfo/inputs`` order); returns every output once ready.
    public mutating func update(_ row: [Double]) -> [Double]? {
        indicator.update(layout: layout, row: row)
    }
}

private protocol ErasedIndicator: Sendable {
    var lookback: Int { get }
    mutating func update(layout: InputColumns.Layout, row: [Double]) -> [Double]?
}

private struct Eraser<Indicator: CatalogIndicator>: ErasedIndicator {
    var indicator: Indicator

    var lookback: Int { indicator.lookback }

    mutating func update(layout: InputColumns.Layout, row: [Double]) -> [Double]? {
        let output: Indicator.Output? = row.withUnsafeBufferPointer { row in
            let base = row.baseAddress
            let columns = InputColumns(layout: layout) { position in
                position < row.count ? base.map { $0 + position } : nil
            }
            return indicator.update(Indicator.Input.read(columns, at: 0))
        }
        guard let output else { return nil }
        return (0..<Indicator.Output.componentCount).map(output.component)
    }
}

/// The batch form of `indicator` over `input`, one array per output component, NaN where
/// undefined (integer outputs as exact doubles). Inlined into each specialised caller.
@inline(__always)
private func batchOutputs<Indicator: StreamingIndicator>(
    _ indicator: () -> Indicator, input: InputColumns, count: Int
) -> [[Double]] {
    if Indicator.Output.componentCount == 1 {
        let column: [Double] = makeOutput(count: count) { out in
            Indicator.driveAll(indicator(), count: count, input: { Indicator.Input.read(input, at: $0) }) {
                (out + $0).initialize(to: $1?.component(0) ?? .nan)
            }
        }
        return [column]
    }
    return withOutputColumns(Indicator.Output.componentCount, count: count) { out in
        Indicator.driveAll(indicator(), count: count, input: { Indicator.Input.read(input, at: $0) }) {
            Indicator.writeComponents($1, to: out, at: $0)
        }
    }
}

/// Calls `body` with every array's buffer (valid for the call).
private func withBuffers<Result>(
    _ arrays: ArraySlice<[Double]>, _ buffers: [UnsafeBufferPointer<Double>] = [],
    _ body: ([UnsafeBufferPointer<Double>]) -> Result
) -> Result {
    guard let first = arrays.first else { return body(buffers) }
    return first.withUnsafeBufferPointer { withBuffers(arrays.dropFirst(), buffers + [$0], body) }
}
