/// Dragonfly Doji: a doji opening and closing at (nearly) its high, with a long lower shadow.
/// +100.
public struct CDLDRAGONFLYDOJI: CatalogIndicator {
    public static let functionName = "CDLDRAGONFLYDOJI"

    public let lookback: Int
    private var bodyDoji: CandleAverage
    private var shadowVeryShort: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyDoji.avgPeriod, CandleSetting.shadowVeryShort.avgPeriod)
        bodyDoji = CandleAverage(.bodyDoji, lookback: lookback)
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let shadow = shadowVeryShort.average(of: bar)
            let dragonfly = bar.realBody <= bodyDoji.average(of: bar)
                && bar.upperShadow < shadow && bar.lowerShadow > shadow
            signal = dragonfly ? 100 : 0
        }
        bodyDoji.push(bar)
        shadowVeryShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLDRAGONFLYDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
