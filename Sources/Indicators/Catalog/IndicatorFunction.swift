/// A catalog function usable by name: described by ``FunctionInfo``, computed from input
/// series and named parameters, or streamed bar by bar. This is what TA-Lib's abstract API
/// offers, over the same code as the typed API.
public struct IndicatorFunction: Sendable {
    public let info: FunctionInfo
    private let make: @Sendable (ParameterValues) -> any ErasedIndicator

    /// Registers an indicator type under `info` (its catalog description).
    public init<Indicator: CatalogIndicator>(_ type: Indicator.Type, info: FunctionInfo) {
        precondition(info.outputs.count == Indicator.Output.componentCount,
                     "\(info.name): catalog lists \(info.outputs.count) outputs, type gives \(Indicator.Output.componentCount)")
        self.info = info
        self.make = { Eraser(indicator: Indicator(parameters: $0)) }
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
        return make(values).compute(names: names, columns: inputs, count: count)
    }

    /// A fresh streaming state for these parameters.
    public func stream(parameters: [String: Double] = [:]) throws(IndicatorError) -> IndicatorStream {
        IndicatorStream(indicator: make(try ParameterValues(parameters, for: info)), inputNames: info.inputs.map(\.name))
    }
}

/// The streaming form of an ``IndicatorFunction``: feed one value per input series each bar.
public struct IndicatorStream: Sendable {
    fileprivate var indicator: any ErasedIndicator
    let inputNames: [String]

    public var lookback: Int { indicator.lookback }

    /// Feeds one bar (`row` in ``FunctionInfo/inputs`` order); returns every output once ready.
    public mutating func update(_ row: [Double]) -> [Double]? {
        indicator.update(names: inputNames, row: row)
    }
}

private protocol ErasedIndicator: Sendable {
    var lookback: Int { get }
    func compute(names: [String], columns: [[Double]], count: Int) -> [[Double]]
    mutating func update(names: [String], row: [Double]) -> [Double]?
}

private struct Eraser<Indicator: CatalogIndicator>: ErasedIndicator {
    var indicator: Indicator

    var lookback: Int { indicator.lookback }

    func compute(names: [String], columns: [[Double]], count: Int) -> [[Double]] {
        let width = Indicator.Output.componentCount
        return withBuffers(columns[...]) { series in
            let input = InputColumns(names: names, series: series)
            return makeOutputs(width, count: count) { outputs in
                if width == 1 {
                    let out = outputs[0]
                    Indicator.drive(indicator, count: count, input: { Indicator.Input.read(input, at: $0) }) {
                        out[$0] = $1.component(0)
                    }
                } else {
                    Indicator.drive(indicator, count: count, input: { Indicator.Input.read(input, at: $0) }) {
                        for component in 0..<width { outputs[component][$0] = $1.component(component) }
                    }
                }
            }
        }
    }

    mutating func update(names: [String], row: [Double]) -> [Double]? {
        let output: Indicator.Output? = row.withUnsafeBufferPointer { row in
            let series = (0..<row.count).map { UnsafeBufferPointer(rebasing: row[$0...$0]) }
            return indicator.update(Indicator.Input.read(InputColumns(names: names, series: series), at: 0))
        }
        return output.map { output in (0..<Indicator.Output.componentCount).map(output.component) }
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

/// Makes `width` arrays of `count` NaN and lets `body` write into them in place.
private func makeOutputs(
    _ width: Int, count: Int, _ buffers: [UnsafeMutableBufferPointer<Double>] = [],
    _ body: ([UnsafeMutableBufferPointer<Double>]) -> Void
) -> [[Double]] {
    guard width > 0 else {
        body(buffers)
        return []
    }
    var rest: [[Double]] = []
    let array = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
        buffer.initialize(repeating: .nan)
        initialized = count
        rest = makeOutputs(width - 1, count: count, buffers + [buffer], body)
    }
    return [array] + rest
}
