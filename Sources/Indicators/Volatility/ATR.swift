/// Average true range: Wilder's smoothing of the true range, the typical size of a bar's move
/// in price units; higher means more volatile.
///
/// TA-Lib's `ATR` (lookback `timeperiod`): seeded with the mean of the first `timeperiod` true
/// ranges, then `ATR × β + TR × (1 − β)` with `β = (timeperiod − 1) / timeperiod`, fused into
/// one multiply-add as TA-Lib 0.8 computes it on FMA hardware (``WilderSmoothing``, as RMA).
public struct ATR: CatalogIndicator {
    public static let functionName = "ATR"

    public let timeperiod: Int
    private var trueRange = TRANGE()
    private var smoothing: WilderSmoothing

    /// - Parameter timeperiod: bars smoothed, 1…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "ATR timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        smoothing = WilderSmoothing(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard let range = trueRange.update(bar) else { return nil }
        return smoothing.update(range)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "ATR inputs differ in length")
        return series(ATR(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
