/// An indicator whose outputs are bar indices (MAXINDEX, MININDEX, MINMAXINDEX).
protocol BarIndexing: StreamingIndicator {
    /// Counts a leading bar the batch form skipped for holding a NaN, so that indices stay
    /// those of the whole array.
    mutating func skip()
}

extension BarIndexing {
    /// The batch form of index outputs: one column per output, each index counted from the first
    /// element of the array (leading NaN bars included, as TA-Lib's Python wrapper counts), 0
    /// where undefined.
    static func indexColumns(_ indicator: Self, count: Int, input: (Int) -> Input) -> [[Int]] {
        var indicator = indicator
        var first = 0
        while first < count, input(first).isMissing {
            indicator.skip()
            first += 1
        }
        var result = [[Int]](repeating: [Int](repeating: 0, count: count), count: Output.componentCount)
        drive(indicator, count: count - first, input: { input(first + $0) }) { index, output in
            for component in 0..<Output.componentCount {
                result[component][first + index] = Int(output.component(component)) // exact: a bar index
            }
        }
        return result
    }
}
