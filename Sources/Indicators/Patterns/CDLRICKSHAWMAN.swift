/// Rickshaw Man: a long-legged doji whose body sits near the middle of the candle's range.
/// +100 whatever the direction (TA-Lib's convention).
public struct CDLRICKSHAWMAN: CatalogIndicator {
    public static let functionName = "CDLRICKSHAWMAN"

    public let lookback: Int
    private var bodyDoji: CandleAverage
    private var shadowLong: CandleAverage
    private var near: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(
            CandleSetting.bodyDoji.avgPeriod, CandleSetting.shadowLong.avgPeriod, CandleSetting.near.avgPeriod)
        bodyDoji = CandleAverage(.bodyDoji, lookback: lookback)
        shadowLong = CandleAverage(.shadowLong, lookback: lookback)
        near = CandleAverage(.near, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let long = shadowLong.average(of: bar), nearby = near.average(of: bar)
            let middle = bar.low + bar.highLowRange / 2
            let rickshawMan = bar.realBody <= bodyDoji.average(of: bar)
                && bar.lowerShadow > long && bar.upperShadow > long
                && bar.bodyBottom <= middle + nearby && bar.bodyTop >= middle - nearby
            signal = rickshawMan ? 100 : 0
        }
        bodyDoji.push(bar)
        shadowLong.push(bar)
        near.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLRICKSHAWMAN(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
