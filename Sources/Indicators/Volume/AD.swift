/// Chaikin accumulation/distribution line: the running total of each bar's volume weighted by
/// where the close sits in its range. Rising: closes near the highs on volume (accumulation).
///
/// TA-Lib's `AD` (lookback 0); bars with no range add nothing.
public struct AD: CatalogIndicator {
    public static let functionName = "AD"

    private var total = 0.0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        total += bar.moneyFlowVolume
        return total
    }

    public mutating func update(high: Double, low: Double, close: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close, volume: volume))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double], close: [Double], volume: [Double]) -> [Double] {
        series(AD(), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0], volume: volume[$0])
        }
    }
}
