/// Average (mean absolute) deviation: how far the last `timeperiod` values lie from their mean,
/// on average. A robust volatility measure in price units.
///
/// TA-Lib's `AVGDEV` (lookback `timeperiod − 1`). Like TA-Lib, each bar sums the window afresh,
/// newest value first, so a bar costs O(`timeperiod`): the deviations need the current mean.
public struct AVGDEV: CatalogIndicator {
    public static let functionName = "AVGDEV"

    public let timeperiod: Int
    private var window: RingBuffer<Double>

    /// - Parameter timeperiod: values in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "AVGDEV timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.window = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        window.append(value)
        guard window.isFull else { return nil }
        var sum = 0.0
        for age in 0..<timeperiod { sum += window[age: age] }
        let mean = sum / Double(timeperiod)
        var deviation = 0.0
        for age in 0..<timeperiod { deviation += abs(window[age: age] - mean) }
        return deviation / Double(timeperiod)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(AVGDEV(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
