/// Rate of change percentage: the fractional change over `timeperiod` bars, (value − past) / past,
/// where past is the value `timeperiod` bars ago (0.05 for a 5 % rise).
///
/// TA-Lib's `ROCP` (lookback `timeperiod`); 0 where the past value is 0.
public struct ROCP: CatalogIndicator {
    public static let functionName = "ROCP"

    public let timeperiod: Int
    private var window: LaggedWindow

    /// - Parameter timeperiod: bars back, 1…100000 (default 10).
    public init(timeperiod: Int = 10) {
        precondition((1...100_000).contains(timeperiod), "ROCP timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = LaggedWindow(lag: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        guard let past = window.push(value) else { return nil }
        return past != 0 ? (value - past) / past : 0
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 10) -> [Double] {
        series(ROCP(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
