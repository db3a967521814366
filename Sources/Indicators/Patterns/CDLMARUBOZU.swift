/// Marubozu: a long body with no, or very short, shadows. ±100 with the candle's colour.
public struct CDLMARUBOZU: CatalogIndicator {
    public static let functionName = "CDLMARUBOZU"

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
            let veryShort = shadowVeryShort.average(of: bar)
            let marubozu = bar.realBody > bodyLong.average(of: bar)
                && bar.upperShadow < veryShort && bar.lowerShadow < veryShort
            signal = marubozu ? Int32(bar.color * 100) : 0
        }
        bodyLong.push(bar)
        shadowVeryShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLMARUBOZU(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
