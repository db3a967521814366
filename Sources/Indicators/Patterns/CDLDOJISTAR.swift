/// Doji Star: a long candle, then a doji whose body gaps away in the same direction. −100 after a
/// white candle (bearish), +100 after a black one (bullish).
public struct CDLDOJISTAR: CatalogIndicator {
    public static let functionName = "CDLDOJISTAR"

    private var candles = LongThenSmallBody(small: .bodyDoji)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let first = candles.first else { return nil }
        let star = candles.hasBodies(first, bar)
            && ((first.color == 1 && realBodyGapUp(bar, first))
                || (first.color == -1 && realBodyGapDown(bar, first)))
        return star ? Int32(-first.color * 100) : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLDOJISTAR(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
