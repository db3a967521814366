/// Median price: the midpoint of a bar's high and low, the centre of the range it traded.
///
/// TA-Lib's `MEDPRICE` (no lookback). Not to be confused with `MIDPRICE`, which spans several bars.
public struct MEDPRICE: CatalogIndicator {
    public static let functionName = "MEDPRICE"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ bar: PriceBar) -> Double? {
        (bar.high + bar.low) / 2
    }

    public func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double]) -> [Double] {
        series(MEDPRICE(), count: low.count) { PriceBar(high: high[$0], low: low[$0]) }
    }
}
