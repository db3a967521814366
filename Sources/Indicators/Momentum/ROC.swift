/// Rate of change: the percentage change over `timeperiod` bars, (value / value `timeperiod` bars
/// ago − 1) × 100.
///
/// TA-Lib's `ROC` (lookback `timeperiod`); 0 where the past value is 0.
public struct ROC: CatalogIndicator {
    public static let functionName = "ROC"

    public let timeperiod: Int
    private var window: LaggedWindow

    /// - Parameter timeperiod: bars back, 1…100000 (default 10).
    public init(timeperiod: Int = 10) {
        precondition((1...100_000).contains(timeperiod), "ROC timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = LaggedWindow(lag: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        guard let past = window.push(value) else { return nil }
        return past != 0 ? ((value / past) - 1) * 100 : 0
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 10) -> [Double] {
        series(ROC(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
