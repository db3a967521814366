/// Positive volume index: compounds price changes only on bars whose volume rose, following
/// what the crowd does on busy days.
///
/// TA-Lib's `PVI` (lookback 0), starting at 1000.
public struct PVI: CatalogIndicator {
    public static let functionName = "PVI"

    private var index = VolumeIndex(onRisingVolume: true)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? { index.update(bar) }

    public mutating func update(close: Double, volume: Double) -> Double? {
        update(PriceBar(close: close, volume: volume))
    }

    /// The batch form: one value per bar.
    public static func compute(close: [Double], volume: [Double]) -> [Double] {
        series(PVI(), count: close.count) { PriceBar(close: close[$0], volume: volume[$0]) }
    }
}
