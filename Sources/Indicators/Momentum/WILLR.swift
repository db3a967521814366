/// Williams' %R: where the close sits in the window's high–low range, 0 (at the high) to −100
/// (at the low); above −20 is commonly read as overbought, below −80 as oversold.
///
/// TA-Lib's `WILLR` (lookback `timeperiod − 1`), kept within −100…0 and 0 for a range within
/// 1e-14 of the prices' magnitude. Extremes as MAX and MIN take them (TA-Lib's block scan,
/// ``RollingExtreme``), O(1) amortised per bar.
public struct WILLR: CatalogIndicator {
    public static let functionName = "WILLR"

    public let timeperiod: Int
    private var highest: RollingExtreme<Highest>
    private var lowest: RollingExtreme<Lowest>

    /// - Parameter timeperiod: bars in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "WILLR timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        highest = RollingExtreme(period: timeperiod)
        lowest = RollingExtreme(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let high = highest.update(bar.high), low = lowest.update(bar.low)
        guard let high, let low else { return nil }
        return Self.percentR(highest: high, lowest: low, close: bar.close)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "WILLR inputs differ in length")
        return series(WILLR(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }

    private static func percentR(highest: Double, lowest: Double, close: Double) -> Double {
        let range = highest - lowest
        if TALibMath.isZero(range, relativeTo: abs(highest) + abs(lowest)) { return 0 }
        let value = ((highest - close) / range) * -100
        return value > 0 ? 0 : (-100 > value ? -100 : value)
    }
}
