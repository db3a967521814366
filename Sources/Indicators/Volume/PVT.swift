/// Price volume trend: a running total of each bar's volume times its close's percentage
/// change; like OBV, but weighting volume by the size of the move.
///
/// TA-Lib's `PVT` (lookback 0): 0 at the first bar; a zero previous close adds nothing.
public struct PVT: CatalogIndicator {
    public static let functionName = "PVT"

    private var total = 0.0
    private var previousClose: Double?

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        if let previousClose, previousClose != 0 {
            total += (bar.close - previousClose) / previousClose * bar.volume
        }
        previousClose = bar.close
        return total
    }

    public mutating func update(close: Double, volume: Double) -> Double? {
        update(PriceBar(close: close, volume: volume))
    }

    /// The batch form: one value per bar.
    public static func compute(close: [Double], volume: [Double]) -> [Double] {
        series(PVT(), count: close.count) { PriceBar(close: close[$0], volume: volume[$0]) }
    }
}
