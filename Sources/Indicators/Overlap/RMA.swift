/// Wilder's smoothed moving average (RMA, SMMA): an EMA with factor `1/timeperiod`, the smoothing
/// behind RSI and ATR.
///
/// TA-Lib's `RMA` (lookback `timeperiod − 1`): seeded with the simple mean of the first
/// `timeperiod` values, then `((n−1)/n)·previous + (1 − (n−1)/n)·value` in one fused step.
public struct RMA: CatalogIndicator {
    public static let functionName = "RMA"

    public let timeperiod: Int
    private var smoothing: OverlapWilderSmoothing

    /// - Parameter timeperiod: the period, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "RMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        smoothing = OverlapWilderSmoothing(period: timeperiod)
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

/// Wilder's smoothing as TA-Lib 0.8 runs it in RMA and ATR: the mean of the first `period`
/// values, then `fma(β, previous, α·value)` with `β = (period−1)/period` and `α = 1 − β`.
struct OverlapWilderSmoothing: Sendable {
    private let period: Int
    private let beta: Double
    private let alpha: Double
    private var seen = 0
    private var average = 0.0

    init(period: Int) {
        self.period = period
        beta = Double(period - 1) / Double(period)
        alpha = 1.0 - beta
    }

    mutating func update(_ value: Double) -> Double? {
        guard seen == period else {
            average += value
            seen += 1
            guard seen == period else { return nil }
            average /= Double(period)
            return average
        }
        average = (alpha * value).addingProduct(beta, average)
        return average
    }
}

/// TA-Lib's average true range (ATR) as KC and SUPERTREND use it: the true range of each bar
/// after the first, smoothed by ``OverlapWilderSmoothing``; the first value comes `period` bars
/// after the first bar.
struct OverlapAverageTrueRange: Sendable {
    private var smoothing: OverlapWilderSmoothing
    private var previousClose: Double?

    init(period: Int) {
        smoothing = OverlapWilderSmoothing(period: period)
    }

    mutating func update(_ bar: PriceBar) -> Double? {
        defer { previousClose = bar.close }
        guard let previousClose else { return nil }
        var range = bar.high - bar.low
        let toHigh = abs(previousClose - bar.high)
        if toHigh > range { range = toHigh }
        let toLow = abs(previousClose - bar.low)
        if toLow > range { range = toLow }
        return smoothing.update(range)
    }
}
