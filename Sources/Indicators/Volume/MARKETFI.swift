/// Bill Williams' market facilitation index: the bar's range per unit of volume, how far price
/// moved for the volume traded.
///
/// TA-Lib's `MARKETFI` (lookback 0); a bar with zero volume gives 0.
public struct MARKETFI: CatalogIndicator {
    public static let functionName = "MARKETFI"

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        bar.volume != 0 ? (bar.high - bar.low) / bar.volume : 0
    }

    public mutating func update(high: Double, low: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, volume: volume))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double], volume: [Double]) -> [Double] {
        series(MARKETFI(), count: volume.count) { PriceBar(high: high[$0], low: low[$0], volume: volume[$0]) }
    }
}
