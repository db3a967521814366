/// Normalized average true range: ATR as a percentage of the close, comparable across prices
/// and instruments.
///
/// TA-Lib's `NATR` (lookback `timeperiod`): `ATR / close × 100`, 0 for a zero close. As in
/// TA-Lib, a period of 1 gives the plain true range, not normalized.
public struct NATR: CatalogIndicator {
    public static let functionName = "NATR"

    public let timeperiod: Int
    private var atr: ATR

    /// - Parameter timeperiod: bars smoothed, 1…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "NATR timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        atr = ATR(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard let average = atr.update(bar) else { return nil }
        if timeperiod == 1 { return average }
        return bar.close != 0 ? (average / bar.close) * 100 : 0
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "NATR inputs differ in length")
        return series(NATR(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
