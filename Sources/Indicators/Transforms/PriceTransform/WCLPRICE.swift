/// Weighted close price: (high + low + 2 × close) / 4, a bar's price leaning towards where it closed.
///
/// TA-Lib's `WCLPRICE` (no lookback).
public struct WCLPRICE: CatalogIndicator {
    public static let functionName = "WCLPRICE"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ bar: PriceBar) -> Double? {
        (bar.high + bar.low + bar.close * 2) / 4
    }

    public func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double], close: [Double]) -> [Double] {
        series(WCLPRICE(), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
