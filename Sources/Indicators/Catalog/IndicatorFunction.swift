/// A catalog function usable by name: described by ``FunctionInfo``, computed from input
/// series and named parameters, or streamed bar by bar. This is what TA-Lib's abstract API
/// offers, over the same code as the typed API.
public struct IndicatorFunction: Sendable {
    public let info: FunctionInfo
    private let lookbackFor: @Sendable (ParameterValues) -> Int
    private let batch: @Sendable (ParameterValues, InputColumns, Int) -> [[Double]]
    private let makeStream: @Sendable (ParameterValues) -> StreamState
    private let streamKernel: StreamKernel

    /// Registers an indicator type under `info` (its catalog description).
    public init<Indicator: CatalogIndicator>(_ type: Indicator.Type, info: FunctionInfo) {
        precondition(info.outputs.count == Indicator.Output.componentCount,
                     "\(info.name): catalog lists \(info.outputs.count) outputs, type gives \(Indicator.Output.componentCount)")
        self.info = info
        // Everything type-specific is a closure formed here, not a method of a generic type
        // erased behind a protocol: a protocol witness of a generic type runs unspecialised
        // (generic metadata and witness lookups on every bar, 20–40 ns each, ADD 35 ms per
        // 1,000,000 bars), whereas these closures are compiled for `Indicator` wherever this
        // initialiser is specialised, which every catalog registration is.
        lookbackFor = { Indicator(parameters: $0).lookback }
        batch = { parameters, input, count in
            batchOutputs({ Indicator(parameters: parameters) }, input: input, count: count)
        }
        makeStream = { TypedStreamState(Indicator(parameters: $0)) }
        streamKernel = StreamKernel(
            update: { state, layout, row in
                unsafeDowncast(state, to: TypedStreamState<Indicator>.self).update(layout: layout, row: row)
            },
            copy: { state in
                TypedStreamState(unsafeDowncast(state, to: TypedStreamState<Indicator>.self).indicator)
            })
    }

    /// Bars consumed before the first output for these parameters.
    public func lookback(parameters: [String: Double] = [:]) throws(IndicatorError) -> Int {
        lookbackFor(try ParameterValues(parameters, for: info))
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
        let values = try ParameterValues(parameters, for: info)
        return IndicatorStream(
            state: makeStream(values), kernel: streamKernel, lookback: lookbackFor(values),
            layout: InputColumns.Layout(names: info.inputs.map(\.name)))
    }
}

/// The streaming form of an ``IndicatorFunction``: feed one value per input series each bar.
///
/// A value: a copy goes its own way (its state is copied on its first update after the copy).
public struct IndicatorStream: Sendable {
    private var state: StreamState
    private let kernel: StreamKernel
    let layout: InputColumns.Layout

    /// Bars consumed before the first output.
    public let lookback: Int

    fileprivate init(state: StreamState, kernel: StreamKernel, lookback: Int, layout: InputColumns.Layout) {
        self.state = state
        self.kernel = kernel
        self.lookback = lookback
        self.layout = layout
    }

    /// Feeds one bar (`row` in ``FunctionInfo/inputs`` order); returns every output once ready.
    public mutating func update(_ row: [Double]) -> [Double]? {
        if !isKnownUniquelyReferenced(&state) { state = kernel.copy(state) }
        return row.withUnsafeBufferPointer { kernel.update(state, layout, $0) }
    }
}

/// A stream's indicator, behind a reference so that its type can be erased without a protocol
/// witness (see ``IndicatorFunction/init(_:info:)``). Mutated only while uniquely referenced by
/// its ``IndicatorStream`` (copy on write), hence sendable.
private class StreamState: @unchecked Sendable {}

private final class TypedStreamState<Indicator: CatalogIndicator>: StreamState, @unchecked Sendable {
    var indicator: Indicator

    init(_ indicator: Indicator) {
        self.indicator = indicator
    }

    @inline(__always)
    func update(layout: InputColumns.Layout, row: UnsafeBufferPointer<Double>) -> [Double]? {
        let base = row.baseAddress
        let columns = InputColumns(layout: layout) { position in
            position < row.count ? base.map { $0 + position } : nil
        }
        guard let output = indicator.update(Indicator.Input.read(columns, at: 0)) else { return nil }
        let width = Indicator.Output.componentCount
        return [Double](unsafeUninitializedCapacity: width) { buffer, initialized in
            for component in 0..<width { buffer.initializeElement(at: component, to: output.component(component)) }
            initialized = width
        }
    }
}

/// A stream's type-specific operations, specialised for its indicator type.
private struct StreamKernel: Sendable {
    let update: @Sendable (StreamState, InputColumns.Layout, UnsafeBufferPointer<Double>) -> [Double]?
    let copy: @Sendable (StreamState) -> StreamState
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
