/// Volume-weighted average price: the mean typical price (high + low + close) / 3 per unit of
/// volume since the first bar; pass one session's bars for a session VWAP.
///
/// TA-Lib's `VWAP` (lookback 0): bars with a non-finite price or volume are skipped, and the
/// value is 0 until some volume has traded.
public struct VWAP: CatalogIndicator {
    public static let functionName = "VWAP"

    private var priceVolume = 0.0
    private var totalVolume = 0.0
    private var value = 0.0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let typical = (bar.high + bar.low + bar.close) / 3.0
        if typical.isFinite, bar.volume.isFinite {
            priceVolume += typical * bar.volume
            totalVolume += bar.volume
        }
        if totalVolume > 0 { value = priceVolume / totalVolume }
        return value
    }

    public mutating func update(high: Double, low: Double, close: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close, volume: volume))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double], close: [Double], volume: [Double]) -> [Double] {
        series(VWAP(), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0], volume: volume[$0])
        }
    }
}
