/// Kaufman's efficiency ratio: the net change over `timeperiod` bars divided by the path
/// travelled (sum of absolute one-bar changes), 0…1; near 1 is a clean trend, near 0 noise.
///
/// TA-Lib's `ER` (lookback `timeperiod`): 1 where the path sum is not positive or not above the
/// signed net change, capped at 1 otherwise; the path sum is reset to exactly 0 once the whole
/// window is flat.
public struct ER: CatalogIndicator {
    public static let functionName = "ER"

    public let timeperiod: Int
    private var window: RingBuffer<Double>
    private var path = 0.0
    private var flatRun = 0 // consecutive zero changes, capped at the period
    private var trailing = 0.0 // the value just before the window's oldest

    /// - Parameter timeperiod: changes in the window, 2…100000 (default 10).
    public init(timeperiod: Int = 10) {
        precondition((2...100_000).contains(timeperiod), "ER timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod + 1)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ value: Double) -> Double? {
        let wasFull = window.isFull
        let previous = window.count > 0 ? window[age: 0] : value
        window.append(value)
        guard window.count > 1 else { return nil }
        let change = value - previous
        if wasFull {
            let oldest = window.oldest
            path -= abs(trailing - oldest)
            path += abs(change)
            flatRun = change == 0 ? flatRun + 1 : 0
            if flatRun >= timeperiod {
                flatRun = timeperiod
                path = 0
            }
            trailing = oldest
        } else {
            path += abs(previous - value)
            flatRun = previous - value == 0 ? flatRun + 1 : 0
            guard window.isFull else { return nil }
            trailing = window.oldest
        }
        let net = value - window.oldest
        if path <= 0 || path <= net { return 1 }
        let ratio = abs(net / path)
        return 1 < ratio ? 1 : ratio
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 10) -> [Double] {
        series(ER(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
