/// Typical price: the mean of a bar's high, low and close, the price CCI and MFI work from.
///
/// TA-Lib's `TYPPRICE` (no lookback).
public struct TYPPRICE: CatalogIndicator {
    public static let functionName = "TYPPRICE"

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public func update(_ bar: PriceBar) -> Double? {
        (bar.high + bar.low + bar.close) / 3
    }

    public func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double], close: [Double]) -> [Double] {
        series(TYPPRICE(), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
