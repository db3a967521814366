/// Summation: the total of the last `timeperiod` values.
///
/// TA-Lib's `SUM` (lookback `timeperiod − 1`), its running total kept in TA-Lib's order
/// (``RunningTotal``).
public struct SUM: CatalogIndicator {
    public static let functionName = "SUM"

    public let timeperiod: Int
    private var total: RunningTotal

    /// - Parameter timeperiod: values summed, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "SUM timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        total = RunningTotal(count: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        total.update(value)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(SUM(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
