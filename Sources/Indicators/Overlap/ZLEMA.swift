/// Zero-lag exponential moving average (Ehlers): an EMA of `2·value − value lag bars ago`, with
/// `lag = (timeperiod − 1)/2`, which cancels most of the EMA's delay.
///
/// TA-Lib's `ZLEMA` (lookback `lag + timeperiod − 1`): the EMA is seeded with the mean of the
/// first `timeperiod` de-lagged values; a period of 1 copies the input.
public struct ZLEMA: CatalogIndicator {
    public static let functionName = "ZLEMA"

    public let timeperiod: Int
    private let lag: Int
    private var recent: RingBuffer<Double>
    private var average: EMA

    /// - Parameter timeperiod: the EMA's period, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "ZLEMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        lag = (timeperiod - 1) / 2
        recent = RingBuffer(capacity: lag + 1)
        average = EMA(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { lag + timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        recent.append(value)
        guard recent.isFull else { return nil }
        return average.update(2.0 * value - recent.oldest)
    }

    /// The batch form: NaN for the first `lag + timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(ZLEMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
