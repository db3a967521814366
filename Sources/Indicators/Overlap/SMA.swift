/// Simple moving average: the arithmetic mean of the last `period` values.
///
/// TA-Lib's `SMA` (same name, parameter `timeperiod`, default 30, lookback `period − 1`). The
/// running sum is updated as TA-Lib updates it (add the new value, take the mean, subtract the
/// oldest), so results match its floating-point order exactly.
public struct SMA: Sendable {
    public let period: Int
    private var window: [Double]
    private var next = 0
    private var filled = 0
    private var sum = 0.0

    /// - Parameter period: how many values to average (≥ 1; TA-Lib allows 2…100000, and 1).
    public init(period: Int = 30) {
        precondition(period >= 1, "SMA period must be at least 1")
        self.period = period
        self.window = [Double](repeating: 0, count: period)
    }

    /// Values needed before the first output: `period − 1`.
    public var lookback: Int { period - 1 }

    /// Whether `period` values have been seen.
    public var isReady: Bool { filled == period }

    /// The average of the last `period` values, once ready.
    public private(set) var value: Double?

    /// Adds the next value; returns the average once `period` values have been seen.
    @discardableResult
    public mutating func update(_ input: Double) -> Double? {
        sum += input
        window[next] = input // overwrites a value already out of the sum (or an empty slot)
        next = next + 1 == period ? 0 : next + 1
        if filled < period {
            filled += 1
            if filled < period { return nil }
        }
        let mean = sum / Double(period)
        sum -= window[next] // the oldest value leaves after the mean, in TA-Lib's order
        value = mean
        return mean
    }

    /// The batch form over a whole series: NaN for the first `period − 1` positions, as TA-Lib's
    /// Python wrapper returns.
    public static func compute(_ input: [Double], period: Int = 30) -> [Double] {
        var sma = SMA(period: period)
        return input.map { sma.update($0) ?? .nan }
    }
}
