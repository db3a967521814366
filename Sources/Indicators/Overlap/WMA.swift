/// Weighted moving average: the last `timeperiod` values weighted 1, 2, …, `timeperiod` from
/// oldest to newest, so it follows the price more closely than the simple mean.
///
/// TA-Lib's `WMA` (lookback `timeperiod − 1`): running sums updated in TA-Lib's order and rebuilt
/// from the window every `8·timeperiod` bars, as TA-Lib 0.8 does; a period of 1 copies the input.
public struct WMA: CatalogIndicator {
    public static let functionName = "WMA"

    public let timeperiod: Int
    // Not RunningTotal: the plain sum drops its oldest before the mean and is rebuilt with the other.
    private var window: RingBuffer<Double>
    private let divider: Double
    private var weightedSum = 0.0
    private var plainSum = 0.0
    private var trailing = 0.0
    private var barsToRebuild: Int

    /// - Parameter timeperiod: values averaged, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "WMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod)
        divider = Double(timeperiod) * Double(timeperiod + 1) / 2.0
        barsToRebuild = 8 * timeperiod
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
        barsToRebuild -= 1
        if barsToRebuild <= 0 {
            barsToRebuild = 8 * timeperiod
            plainSum = 0
            weightedSum = 0
            for age in stride(from: timeperiod - 1, through: 0, by: -1) {
                let element = window[age: age]
                plainSum += element
                weightedSum += element * Double(timeperiod - age)
            }
        }
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
