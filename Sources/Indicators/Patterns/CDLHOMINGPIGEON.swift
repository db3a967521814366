/// Homing Pigeon: a long black candle, then a short black body inside its body. +100 (bullish).
public struct CDLHOMINGPIGEON: CatalogIndicator {
    public static let functionName = "CDLHOMINGPIGEON"

    private var candles = LongThenSmallBody(small: .bodyShort)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let first = candles.first else { return nil }
        let pigeon = first.color == -1 && bar.color == -1 && candles.hasBodies(first, bar)
            && bar.open < first.open && bar.close > first.close
        return pigeon ? 100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHOMINGPIGEON(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
