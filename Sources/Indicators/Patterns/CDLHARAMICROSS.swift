/// Harami Cross: a long candle, then a doji held inside its body. +100 after a black candle
/// (bullish), −100 after a white one; ±80 when one end of the bodies is equal.
public struct CDLHARAMICROSS: CatalogIndicator {
    public static let functionName = "CDLHARAMICROSS"

    private var candles = LongThenSmallBody(small: .bodyDoji)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let first = candles.first else { return nil }
        return candles.hasBodies(first, bar) ? haramiSignal(bar, inside: first) : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHARAMICROSS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
