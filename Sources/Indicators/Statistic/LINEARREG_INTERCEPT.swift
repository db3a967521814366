/// Linear regression intercept: the value at the oldest bar of the window of the least-squares
/// line through the last `timeperiod` values.
///
/// TA-Lib's `LINEARREG_INTERCEPT` (lookback `timeperiod − 1`), with TA-Lib 0.8's sliding sums.
public struct LINEARREG_INTERCEPT: CatalogIndicator {
    public static let functionName = "LINEARREG_INTERCEPT"

    public let timeperiod: Int
    private var regression: LinearRegressionWindow

    /// - Parameter timeperiod: values fitted, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "LINEARREG_INTERCEPT timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.regression = LinearRegressionWindow(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let line = regression.update(value) else { return nil }
        return line.intercept
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(LINEARREG_INTERCEPT(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
