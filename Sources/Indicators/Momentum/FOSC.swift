/// Forecast oscillator: how far the price is, in percent, from the value the linear regression
/// of the previous `timeperiod` bars forecast for it; positive when price beats the trend.
///
/// TA-Lib's `FOSC` (lookback `timeperiod`): TSF's regression (``LinearRegressionWindow``) one
/// bar earlier, and the forecast `b + m·timeperiod` as one fused multiply-add, as TA-Lib computes
/// them. A zero price gives 0.
public struct FOSC: CatalogIndicator {
    public static let functionName = "FOSC"

    public let timeperiod: Int
    private var regression: LinearRegressionWindow
    private var previous: Double?

    /// - Parameter timeperiod: bars in the regression, 2…100000 (default 5).
    public init(timeperiod: Int = 5) {
        precondition((2...100_000).contains(timeperiod), "FOSC timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        regression = LinearRegressionWindow(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        defer { previous = value }
        guard let previous, let line = regression.update(previous) else { return nil }
        guard value != 0 else { return 0 }
        return 100.0 * (value - line.value(at: Double(timeperiod))) / value
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 5) -> [Double] {
        series(FOSC(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
