/// Chande momentum oscillator, unsmoothed (Chande's own form): over the last `timeperiod`
/// changes, (sum of rises − sum of falls) / (their total) × 100, −100…100.
///
/// TA-Lib's `CMOU` (lookback `timeperiod`): plain running sums, unlike `CMO`'s Wilder
/// smoothing; once the whole window is flat the sums are reset to exactly 0, and the
/// oscillator is 0 while their total is not positive.
public struct CMOU: CatalogIndicator {
    public static let functionName = "CMOU"

    public let timeperiod: Int
    private var window: RingBuffer<Double>
    private var rises = 0.0
    private var falls = 0.0
    private var trailing = 0.0 // the value just before the window's oldest
    private var flatRun = 0 // consecutive zero changes, capped at the period

    /// - Parameter timeperiod: changes in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "CMOU timeperiod must be 2…100000")
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
        if wasFull {
            let leaving = window[age: timeperiod - 1] - trailing
            trailing = window[age: timeperiod - 1]
            if leaving > 0 { rises -= leaving } else if leaving < 0 { falls += leaving }
        }
        window.append(value)
        guard window.count > 1 else { return nil }
        let change = value - previous
        if change > 0 { rises += change } else if change < 0 { falls -= change }
        flatRun = change == 0 ? flatRun + 1 : 0
        guard window.isFull else { return nil }
        if !wasFull {
            trailing = window.oldest
        } else if flatRun >= timeperiod {
            flatRun = timeperiod
            rises = 0
            falls = 0
        }
        let total = rises + falls
        return total > 0 ? 100 * (rises - falls) / total : 0
    }

    /// The batch form: NaN for the first `timeperiod` values.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(CMOU(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
