/// Momentum: the change over `timeperiod` bars, value − value `timeperiod` bars ago; its sign is
/// the direction of the move, its size the speed in price units.
///
/// TA-Lib's `MOM` (lookback `timeperiod`).
public struct MOM: CatalogIndicator {
    public static let functionName = "MOM"

    public let timeperiod: Int
    private var window: LaggedWindow

    /// - Parameter timeperiod: bars back, 1…100000 (default 10).
    public init(timeperiod: Int = 10) {
        precondition((1...100_000).contains(timeperiod), "MOM timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = LaggedWindow(lag: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        guard let past = window.push(value) else { return nil }
        return value - past
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 10) -> [Double] {
        series(MOM(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
