/// Closing Marubozu: a long candle closing at its extreme — a white one with (almost) no upper
/// shadow, or a black one with (almost) no lower shadow. +100 bullish, −100 bearish.
public struct CDLCLOSINGMARUBOZU: CatalogIndicator {
    public static let functionName = "CDLCLOSINGMARUBOZU"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var shadowVeryShort: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyLong.avgPeriod, CandleSetting.shadowVeryShort.avgPeriod)
        bodyLong = CandleAverage(.bodyLong, lookback: lookback)
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let shadow = shadowVeryShort.average(of: bar)
            let marubozu = bar.realBody > bodyLong.average(of: bar)
                && ((bar.color == 1 && bar.upperShadow < shadow)
                    || (bar.color == -1 && bar.lowerShadow < shadow))
            signal = marubozu ? Int32(bar.color * 100) : 0
        }
        bodyLong.push(bar)
        shadowVeryShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLCLOSINGMARUBOZU(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
