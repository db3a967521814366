/// Simple moving average: the arithmetic mean of the last `timeperiod` values.
///
/// TA-Lib's `SMA` (lookback `timeperiod − 1`). The running sum is updated in TA-Lib's order
/// (add the new value, take the mean, subtract the oldest: ``RunningTotal``), so results match it
/// bit for bit.
public struct SMA: CatalogIndicator {
    public static let functionName = "SMA"

    public let timeperiod: Int
    private var total: RunningTotal

    /// - Parameter timeperiod: values averaged, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "SMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        total = RunningTotal(count: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let sum = total.update(value) else { return nil }
        return sum / Double(timeperiod)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(SMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
