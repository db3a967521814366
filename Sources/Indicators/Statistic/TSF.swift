/// Time series forecast: the least-squares line through the last `timeperiod` values extended
/// one bar ahead, a projection of the next value if the trend holds.
///
/// TA-Lib's `TSF` (lookback `timeperiod − 1`), with TA-Lib 0.8's sliding sums and its fused
/// multiply-add for the projected point.
public struct TSF: CatalogIndicator {
    public static let functionName = "TSF"

    public let timeperiod: Int
    private var regression: LinearRegressionWindow

    /// - Parameter timeperiod: values fitted, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "TSF timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.regression = LinearRegressionWindow(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let line = regression.update(value) else { return nil }
        return line.value(at: Double(timeperiod))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(TSF(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
