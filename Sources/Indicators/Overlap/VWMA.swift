/// Volume-weighted moving average: the mean of the last `timeperiod` values weighted by their
/// volumes, so heavily traded bars count more.
///
/// TA-Lib's `VWMA` (lookback `timeperiod − 1`): `(Σ value·volume / n) / (Σ volume / n)` from
/// running sums in TA-Lib's order; a period of 1 copies the input.
public struct VWMA: CatalogIndicator {
    public static let functionName = "VWMA"

    public let timeperiod: Int
    // Not two RunningTotals: one window of pairs runs twice as fast as two windows of doubles.
    private var window: RingBuffer<ValuePair>
    private var weighted = 0.0
    private var volume = 0.0

    /// - Parameter timeperiod: the window, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "VWMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    /// `first` is the value, `second` its volume.
    public mutating func update(_ input: ValuePair) -> Double? {
        guard timeperiod > 1 else { return input.first }
        window.append(input)
        weighted += input.first * input.second
        volume += input.second
        guard window.isFull else { return nil }
        let (weightedTotal, volumeTotal) = (weighted, volume)
        let leaving = window.oldest
        weighted -= leaving.first * leaving.second
        volume -= leaving.second
        return (weightedTotal / Double(timeperiod)) / (volumeTotal / Double(timeperiod))
    }

    /// Feeds the next value and its volume.
    public mutating func update(real: Double, volume: Double) -> Double? {
        update(ValuePair(real, volume))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], volume: [Double], timeperiod: Int = 30) -> [Double] {
        series(VWMA(timeperiod: timeperiod), count: real.count) { ValuePair(real[$0], volume[$0]) }
    }
}
