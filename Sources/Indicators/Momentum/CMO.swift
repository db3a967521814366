/// Chande momentum oscillator: Wilder-smoothed gains minus losses as a percentage of their sum,
/// −100…100; above 50 is commonly read as overbought, below −50 as oversold.
///
/// TA-Lib's `CMO` (lookback `timeperiod`), smoothed Wilder's way (unlike Chande's plain sums, see
/// `CMOU`): average gain and loss seeded with the means of the first `timeperiod` changes, then
/// `(average × (timeperiod − 1) + change) / timeperiod`; 0 while gains plus losses are not
/// positive.
public struct CMO: CatalogIndicator {
    public static let functionName = "CMO"

    public let timeperiod: Int
    private var averages: WilderGainLoss

    /// - Parameter timeperiod: changes averaged, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "CMO timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        averages = WilderGainLoss(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        guard averages.update(value) else { return nil }
        let (gain, loss) = (averages.gain, averages.loss)
        let total = gain + loss
        return total > 0 ? 100 * ((gain - loss) / total) : 0
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(CMO(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
