/// Bill Williams' awesome oscillator: the fast SMA of the median price (high + low) / 2 minus
/// its slow SMA; a histogram of short-term against longer-term momentum.
///
/// TA-Lib's `AO` (lookback `max(fastperiod, slowperiod) − 1`). The periods are not swapped when
/// `fastperiod` is the longer one (the result is then −AO).
public struct AO: CatalogIndicator {
    public static let functionName = "AO"

    public let fastperiod: Int
    public let slowperiod: Int
    private var fast: LateStart<SMA>
    private var slow: LateStart<SMA>

    /// - Parameters:
    ///   - fastperiod: bars in the fast SMA, 2…100000 (default 5).
    ///   - slowperiod: bars in the slow SMA, 2…100000 (default 34).
    public init(fastperiod: Int = 5, slowperiod: Int = 34) {
        precondition((2...100_000).contains(fastperiod), "AO fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "AO slowperiod must be 2…100000")
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        let lookback = max(fastperiod, slowperiod) - 1
        fast = LateStart(SMA(timeperiod: fastperiod), within: lookback)
        slow = LateStart(SMA(timeperiod: slowperiod), within: lookback)
    }

    public init(parameters: ParameterValues) {
        self.init(fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"))
    }

    public var lookback: Int { max(fastperiod, slowperiod) - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let median = (bar.high + bar.low) / 2.0
        let fastAverage = fast.update(median)
        guard let slowAverage = slow.update(median), let fastAverage else { return nil }
        return fastAverage - slowAverage
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `max(fastperiod, slowperiod) − 1` bars.
    public static func compute(high: [Double], low: [Double], fastperiod: Int = 5, slowperiod: Int = 34) -> [Double] {
        series(AO(fastperiod: fastperiod, slowperiod: slowperiod), count: high.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}
