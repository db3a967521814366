/// Cumulative sum: the running total of every value so far.
///
/// TA-Lib's `CUMSUM` (TA-Lib 0.8, no lookback), starting from the first bar given (after any
/// leading NaN bars), added left to right.
public struct CUMSUM: CatalogIndicator {
    public static let functionName = "CUMSUM"

    private var total = 0.0

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public mutating func update(_ value: Double) -> Double? {
        total += value
        return total
    }

    /// The batch form: one running total per input.
    public static func compute(_ real: [Double]) -> [Double] {
        series(CUMSUM(), count: real.count) { real[$0] }
    }
}
