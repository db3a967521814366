/// Midpoint price over period: halfway between the highest high and the lowest low of the last
/// `timeperiod` bars.
///
/// TA-Lib's `MIDPRICE` (lookback `timeperiod − 1`), with TA-Lib 0.8's block-wise extremes
/// (``RollingExtreme``, as MAX and MIN), so NaN highs or lows inside the window are handled
/// exactly as TA-Lib handles them.
public struct MIDPRICE: CatalogIndicator {
    public static let functionName = "MIDPRICE"

    public let timeperiod: Int
    private var highest: RollingExtreme<Highest>
    private var lowest: RollingExtreme<Lowest>

    /// - Parameter timeperiod: the window, 2…100000 (TA-Lib's range; default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "MIDPRICE timeperiod must be 2…100000")
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
        return (high + low) / 2.0
    }

    /// Feeds the next bar's high and low.
    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 14) -> [Double] {
        series(MIDPRICE(timeperiod: timeperiod), count: high.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}
