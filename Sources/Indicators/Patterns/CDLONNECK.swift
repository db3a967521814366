/// On-Neck: a long black candle, then a white candle opening below its low and closing at
/// (within "equal" of) that low. −100 (always bearish; the downtrend is left to the caller).
public struct CDLONNECK: CatalogIndicator {
    public static let functionName = "CDLONNECK"

    private var candles = NeckShape()

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let first = candles.first else { return nil }
        let tolerance = candles.equal(first)
        let onNeck = candles.opensBelow(first, bar)
            && bar.close <= first.low + tolerance && bar.close >= first.low - tolerance
        return onNeck ? -100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLONNECK(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
