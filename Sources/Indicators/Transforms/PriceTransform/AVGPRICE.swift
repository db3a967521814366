/// Average price: the mean of a bar's open, high, low and close, one number summing up the bar.
///
/// TA-Lib's `AVGPRICE` (no lookback), added in its order: high, low, close, then open.
public struct AVGPRICE: CatalogIndicator {
    public static let functionName = "AVGPRICE"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ bar: PriceBar) -> Double? {
        (bar.high + bar.low + bar.close + bar.open) / 4
    }

    public func update(open: Double, high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(open: open, high: high, low: low, close: close))
    }

    /// The batch form: one value per bar.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Double] {
        series(AVGPRICE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
