/// Highest value over the last `timeperiod` values: the top of the recent range (a Donchian-style
/// upper band when fed highs).
///
/// TA-Lib's `MAX` (lookback `timeperiod − 1`).
public struct MAX: CatalogIndicator {
    public static let functionName = "MAX"

    public let timeperiod: Int
    private var highest: RollingExtreme<Highest>

    /// - Parameter timeperiod: values looked at, 2…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((2...100_000).contains(timeperiod), "MAX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        highest = RollingExtreme(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        highest.update(value)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(MAX(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
