/// Lowest value over the last `timeperiod` values: the bottom of the recent range (a
/// Donchian-style lower band when fed lows).
///
/// TA-Lib's `MIN` (lookback `timeperiod − 1`).
public struct MIN: CatalogIndicator {
    public static let functionName = "MIN"

    public let timeperiod: Int
    private var lowest: RollingExtreme<Lowest>

    /// - Parameter timeperiod: values looked at, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "MIN timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        lowest = RollingExtreme(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        lowest.update(value)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(MIN(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
