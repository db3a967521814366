/// Exponential moving average: each value moves the average by `k = 2 / (timeperiod + 1)` of its
/// distance from it, so recent values weigh more and old ones fade geometrically.
///
/// TA-Lib's `EMA` (lookback `timeperiod − 1`), seeded with the simple mean of the first
/// `timeperiod` values and stepped with a fused multiply-add, as TA-Lib 0.8 does; a period of 1
/// copies the input.
public struct EMA: CatalogIndicator {
    public static let functionName = "EMA"

    public let timeperiod: Int
    /// The smoothing factor: the share of each new value's distance the average moves.
    public let k: Double
    private var seen = 0
    private var sum = 0.0
    private var average = 0.0

    /// - Parameter timeperiod: the period of the average, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "EMA timeperiod must be 1…100000")
        self.init(timeperiod: timeperiod, k: 2.0 / Double(timeperiod + 1))
    }

    /// TA-Lib's internal EMA with an explicit factor (MACDFIX's 0.15 and 0.075): seeded with the
    /// mean of the first `timeperiod` values, then smoothed by `k`; a period of 1 still copies.
    init(timeperiod: Int, k: Double) {
        self.timeperiod = timeperiod
        self.k = k
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        guard seen == timeperiod else {
            sum += value
            seen += 1
            guard seen == timeperiod else { return nil }
            average = sum / Double(timeperiod)
            return average
        }
        average = average.addingProduct(value - average, k)
        return average
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(EMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
