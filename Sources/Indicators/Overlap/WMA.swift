/// Weighted moving average: the last `timeperiod` values weighted 1, 2, …, `timeperiod` from
/// oldest to newest, so it follows the price more closely than the simple mean.
///
/// TA-Lib's `WMA` (lookback `timeperiod − 1`), with its running weighted sum updated in
/// TA-Lib's order; a period of 1 copies the input.
public struct WMA: CatalogIndicator {
    public static let functionName = "WMA"

    public let timeperiod: Int
    private var window: RingBuffer<Double>
    private let divider: Double
    private var weightedSum = 0.0
    private var plainSum = 0.0
    private var trailing = 0.0

    /// - Parameter timeperiod: values averaged, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "WMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.window = RingBuffer(capacity: timeperiod)
        self.divider = Double((timeperiod * (timeperiod + 1)) >> 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        window.append(value)
        plainSum += value
        guard window.isFull else {
            weightedSum += value * Double(window.count)
            return nil
        }
        plainSum -= trailing
        weightedSum += value * Double(timeperiod)
        trailing = window.oldest
        let average = weightedSum / divider
        weightedSum -= plainSum
        return average
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(WMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
