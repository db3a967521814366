/// Wilder's smoothed moving average (RMA, SMMA): an EMA with factor `1/timeperiod`, the smoothing
/// behind RSI and ATR.
///
/// TA-Lib's `RMA` (lookback `timeperiod − 1`): seeded with the simple mean of the first
/// `timeperiod` values, then `((n−1)/n)·previous + (1 − (n−1)/n)·value` in one fused step
/// (``WilderSmoothing``, as ATR).
public struct RMA: CatalogIndicator {
    public static let functionName = "RMA"

    public let timeperiod: Int
    private var smoothing: WilderSmoothing

    /// - Parameter timeperiod: the period, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "RMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        smoothing = WilderSmoothing(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        smoothing.update(value)
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(RMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}

