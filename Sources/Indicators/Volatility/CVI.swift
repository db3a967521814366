/// Chaikin's Volatility: the percentage change, over `rocperiod` bars, of an EMA of the
/// high-low range. Rising values mean widening ranges (often near panics and tops), falling
/// values a calming market.
///
/// TA-Lib's `CVI` (TA-Lib 0.8, lookback `timeperiod − 1 + rocperiod`): 100 × (E − E′) / E′ with
/// E = `EMA(high − low)` now and E′ the same `rocperiod` bars before; 0 where E′ is 0.
public struct CVI: CatalogIndicator {
    public static let functionName = "CVI"

    public let timeperiod: Int
    public let rocperiod: Int
    private var average: EMA
    private var averages: LaggedWindow

    /// - Parameters:
    ///   - timeperiod: period of the EMA of the range, 2…100000 (default 10).
    ///   - rocperiod: bars the change reaches back, 1…100000 (default 10).
    public init(timeperiod: Int = 10, rocperiod: Int = 10) {
        precondition((2...100_000).contains(timeperiod), "CVI timeperiod must be 2…100000")
        precondition((1...100_000).contains(rocperiod), "CVI rocperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.rocperiod = rocperiod
        average = EMA(timeperiod: timeperiod)
        averages = LaggedWindow(lag: rocperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), rocperiod: parameters.int("rocperiod"))
    }

    public var lookback: Int { timeperiod - 1 + rocperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard let current = average.update(bar.high - bar.low), let earlier = averages.push(current) else { return nil }
        return earlier != 0 ? 100 * ((current - earlier) / earlier) : 0
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 10, rocperiod: Int = 10) -> [Double] {
        series(CVI(timeperiod: timeperiod, rocperiod: rocperiod), count: low.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}
