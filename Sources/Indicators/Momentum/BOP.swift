/// Balance of power: (close − open) / (high − low), −1…1, how far the bar's body went and which
/// way, relative to its range; positive when buyers dominated.
///
/// TA-Lib's `BOP` (lookback 0); 0 when the range is not positive.
public struct BOP: CatalogIndicator {
    public static let functionName = "BOP"

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let range = bar.high - bar.low
        return range <= 0 ? 0 : (bar.close - bar.open) / range
    }

    public mutating func update(open: Double, high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(open: open, high: high, low: low, close: close))
    }

    /// The batch form: one value per bar.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Double] {
        precondition(
            open.count == close.count && high.count == close.count && low.count == close.count,
            "BOP inputs differ in length")
        return series(BOP(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
