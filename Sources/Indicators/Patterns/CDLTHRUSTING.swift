/// Thrusting: a long black candle, then a white candle opening below its low and closing into
/// its body, above its close but not past the body's midpoint. −100 (bearish continuation).
public struct CDLTHRUSTING: CatalogIndicator {
    public static let functionName = "CDLTHRUSTING"

    private var candles = NeckShape()

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let first = candles.first else { return nil }
        let thrusting = candles.opensBelow(first, bar)
            && bar.close > first.close + candles.equal(first)
            && bar.close <= first.close + first.realBody * 0.5
        return thrusting ? -100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLTHRUSTING(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
