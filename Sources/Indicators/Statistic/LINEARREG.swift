/// Linear regression: the value at the current bar of the least-squares line through the last
/// `timeperiod` values, a smoothed price with less lag than a moving average.
///
/// TA-Lib's `LINEARREG` (lookback `timeperiod − 1`), with TA-Lib 0.8's sliding sums and its
/// fused multiply-add for the end point.
public struct LINEARREG: CatalogIndicator {
    public static let functionName = "LINEARREG"

    public let timeperiod: Int
    private var regression: LinearRegressionWindow

    /// - Parameter timeperiod: values fitted, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "LINEARREG timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.regression = LinearRegressionWindow(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let line = regression.update(value) else { return nil }
        return line.value(at: Double(timeperiod - 1))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(LINEARREG(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
