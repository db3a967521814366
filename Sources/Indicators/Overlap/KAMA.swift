/// Kaufman adaptive moving average: an EMA whose factor follows the efficiency ratio (net move
/// over the summed bar-to-bar moves), fast in trends and nearly flat in noise.
///
/// TA-Lib's `KAMA` (lookback `timeperiod`): the factor is `(ER·(2/3 − 2/31) + 2/31)²`, and the
/// first value starts from the previous price.
public struct KAMA: CatalogIndicator {
    public static let functionName = "KAMA"

    private static let slowest = 2.0 / (30.0 + 1.0)
    private static let span = 2.0 / (2.0 + 1.0) - slowest

    public let timeperiod: Int
    private var window: RingBuffer<Double> // the last timeperiod + 1 values
    private var movement = 0.0 // sum of |bar-to-bar change| over the period
    private var trailing = 0.0
    private var average = 0.0

    /// - Parameter timeperiod: the efficiency ratio's period, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "KAMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        let first = !window.isFull
        if window.count > 0 {
            let previous = window[age: 0]
            if first {
                movement += abs(previous - value)
                average = previous
            } else {
                movement -= abs(trailing - window[age: timeperiod - 1])
                movement += abs(value - previous)
            }
        }
        window.append(value)
        guard window.isFull else { return nil }
        let oldest = window.oldest
        let change = value - oldest
        trailing = oldest
        let ratio = movement <= change || (-1e-14 < movement && movement < 1e-14) ? 1.0 : abs(change / movement)
        var factor = (ratio * Self.span) + Self.slowest
        factor *= factor
        average = ((value - average) * factor) + average
        return average
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(KAMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
