/// Kaufman adaptive moving average: an EMA whose factor follows the efficiency ratio (net move
/// over the summed bar-to-bar moves), fast in trends and nearly flat in noise.
///
/// TA-Lib's `KAMA` (lookback `timeperiod`; a period of 1 copies the input): the factor is
/// `(ER·(2/3 − 2/31) + 2/31)²`, the first value starts from the previous price, and, as in
/// TA-Lib 0.8, a window of `timeperiod` unchanged bars resets the summed moves to exactly zero.
public struct KAMA: CatalogIndicator {
    public static let functionName = "KAMA"

    private static let slowest = 2.0 / (30.0 + 1.0)
    private static let span = 2.0 / (2.0 + 1.0) - slowest

    public let timeperiod: Int
    private var window: RingBuffer<Double> // the last timeperiod + 1 values
    private var movement = 0.0 // sum of |bar-to-bar change| over the period
    private var unchanged = 0 // consecutive bars equal to the one before
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

    public var lookback: Int { timeperiod == 1 ? 0 : timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        guard window.count > 0 else {
            window.append(value)
            return nil
        }
        let previous = window[age: 0]
        let step = value - previous
        unchanged = step == 0 ? unchanged + 1 : 0
        guard window.isFull else {
            movement += abs(step)
            average = previous
            window.append(value)
            guard window.isFull else { return nil }
            trailing = window.oldest
            return smooth(value, ratio: ratio(change: value - trailing))
        }
        let leaving = window[age: timeperiod - 1]
        window.append(value)
        var efficiency = 1.0
        if unchanged >= timeperiod {
            unchanged = timeperiod
            movement = 0
        } else {
            movement -= abs(trailing - leaving)
            movement = abs(step) + movement
            efficiency = ratio(change: value - leaving)
        }
        trailing = leaving
        return smooth(value, ratio: efficiency)
    }

    /// TA-Lib 0.8's efficiency ratio: 1 when nothing moved or the net move covers the summed moves.
    private func ratio(change: Double) -> Double {
        if 0 >= movement || change >= movement { return 1.0 }
        let ratio = abs(change / movement)
        return 1.0 < ratio ? 1.0 : ratio
    }

    private mutating func smooth(_ value: Double, ratio: Double) -> Double {
        var factor = Self.slowest.addingProduct(ratio, Self.span)
        factor *= factor
        average = average.addingProduct(value - average, factor)
        return average
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(KAMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
