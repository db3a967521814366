/// The batch form shared by every indicator: a fresh streaming value run over the series.
///
/// Leading bars with a NaN are skipped (outputs undefined there, lookback counted from the
/// first complete bar), as TA-Lib's Python wrapper does; NaN later in a series flows through
/// the arithmetic as it does in TA-Lib.
extension StreamingIndicator {
    @inline(__always)
    static func drive(
        _ indicator: Self, count: Int, input: (Int) -> Input, emit: (Int, Output) -> Void
    ) {
        var indicator = indicator
        var index = 0
        while index < count, input(index).isMissing {
            indicator.skip()
            index += 1
        }
        while index < count {
            if let output = indicator.update(input(index)) { emit(index, output) }
            index += 1
        }
    }

    /// One output per input, NaN where undefined.
    @inline(__always)
    static func series(_ indicator: Self, count: Int, input: (Int) -> Input) -> [Double]
    where Output == Double {
        var result = [Double](repeating: .nan, count: count)
        result.withUnsafeMutableBufferPointer { out in
            drive(indicator, count: count, input: input) { out[$0] = $1 }
        }
        return result
    }

    /// One signal per input, 0 where undefined (TA-Lib's integer outputs).
    @inline(__always)
    static func signals(_ indicator: Self, count: Int, input: (Int) -> Input) -> [Int32]
    where Output == Int32 {
        var result = [Int32](repeating: 0, count: count)
        result.withUnsafeMutableBufferPointer { out in
            drive(indicator, count: count, input: input) { out[$0] = $1 }
        }
        return result
    }

    /// One column per output component, NaN where undefined.
    @inline(__always)
    static func columns(_ indicator: Self, count: Int, input: (Int) -> Input) -> [[Double]] {
        var result = [[Double]](
            repeating: [Double](repeating: .nan, count: count), count: Output.componentCount)
        drive(indicator, count: count, input: input) { index, output in
            for component in 0..<Output.componentCount {
                result[component][index] = output.component(component)
            }
        }
        return result
    }
}
