/// Simple moving average: the arithmetic mean of the last `timeperiod` values.
///
/// TA-Lib's `SMA` (lookback `timeperiod − 1`). The running sum is updated in TA-Lib's order
/// (add the new value, take the mean, subtract the oldest), so results match it bit for bit.
public struct SMA: CatalogIndicator {
    public static let functionName = "SMA"

    public let timeperiod: Int
    private var window: RingBuffer<Double>
    private var sum = 0.0

    /// - Parameter timeperiod: values averaged, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "SMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.window = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        sum += value
        window.append(value)
        guard window.isFull else { return nil }
        let mean = sum / Double(timeperiod)
        sum -= window.oldest // leaves after the mean, in TA-Lib's order
        return mean
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(SMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
