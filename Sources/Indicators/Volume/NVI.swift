/// Negative volume index: compounds price changes only on bars whose volume fell, following
/// what "quiet" trading does; above its long average is read as a bull market.
///
/// TA-Lib's `NVI` (lookback 0), starting at 1000.
public struct NVI: CatalogIndicator {
    public static let functionName = "NVI"

    private var index = VolumeIndex(onRisingVolume: false)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? { index.update(bar) }

    public mutating func update(close: Double, volume: Double) -> Double? {
        update(PriceBar(close: close, volume: volume))
    }

    /// The batch form: one value per bar.
    public static func compute(close: [Double], volume: [Double]) -> [Double] {
        series(NVI(), count: close.count) { PriceBar(close: close[$0], volume: volume[$0]) }
    }
}
