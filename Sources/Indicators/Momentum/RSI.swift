/// Relative strength index: Wilder-smoothed gains as a percentage of gains plus losses, 0…100;
/// above 70 is commonly read as overbought, below 30 as oversold.
///
/// TA-Lib's `RSI` (lookback `timeperiod`): average gain and loss seeded with the means of the
/// first `timeperiod` changes, then `(average × (timeperiod − 1) + change) × (1/timeperiod)`
/// (TA-Lib 0.8 scales by the reciprocal); 0 while gains plus losses are not positive.
// Not on WilderGainLoss (CMO's sums): TA-Lib 0.8's RSI multiplies by 1/timeperiod, seed included,
// and adds a change as rise and rise − change, which differs in the last bit and on ±∞.
public struct RSI: CatalogIndicator {
    public static let functionName = "RSI"

    public let timeperiod: Int
    private let reciprocal: Double
    private var previous: Double?
    private var gain = 0.0
    private var loss = 0.0
    private var changes = 0

    /// - Parameter timeperiod: changes averaged, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "RSI timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        reciprocal = 1 / Double(timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        defer { previous = value }
        guard let previous else { return nil }
        let change = value - previous
        let rise = change > 0 ? change : 0
        if changes < timeperiod {
            changes += 1
            gain += rise
            loss += rise - change
            guard changes == timeperiod else { return nil }
        } else {
            loss *= Double(timeperiod - 1)
            gain *= Double(timeperiod - 1)
            gain += rise
            loss += rise - change
        }
        loss *= reciprocal
        gain *= reciprocal
        let total = gain + loss
        return total > 0 ? 100 * (gain / total) : 0
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(RSI(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
