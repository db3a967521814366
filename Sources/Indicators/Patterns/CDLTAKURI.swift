/// Takuri: a dragonfly doji with a very long lower shadow (a doji body, almost no upper shadow,
/// a lower shadow more than twice the body). +100 (bullish after a decline).
public struct CDLTAKURI: CatalogIndicator {
    public static let functionName = "CDLTAKURI"

    public let lookback: Int
    private var bodyDoji: CandleAverage
    private var shadowVeryShort: CandleAverage
    private var shadowVeryLong: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(
            CandleSetting.bodyDoji.avgPeriod, CandleSetting.shadowVeryShort.avgPeriod,
            CandleSetting.shadowVeryLong.avgPeriod)
        bodyDoji = CandleAverage(.bodyDoji, lookback: lookback)
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
        shadowVeryLong = CandleAverage(.shadowVeryLong, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let takuri = bar.realBody <= bodyDoji.average(of: bar)
                && bar.upperShadow < shadowVeryShort.average(of: bar)
                && bar.lowerShadow > shadowVeryLong.average(of: bar)
            signal = takuri ? 100 : 0
        }
        bodyDoji.push(bar)
        shadowVeryShort.push(bar)
        shadowVeryLong.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLTAKURI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
