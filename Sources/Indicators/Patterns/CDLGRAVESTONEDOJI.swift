/// Gravestone Doji: a doji opening and closing at (nearly) its low, with a long upper shadow.
/// +100 (TA-Lib's sign; read it as bearish at a top).
public struct CDLGRAVESTONEDOJI: CatalogIndicator {
    public static let functionName = "CDLGRAVESTONEDOJI"

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
            let gravestone = bar.realBody <= bodyDoji.average(of: bar)
                && bar.lowerShadow < shadow && bar.upperShadow > shadow
            signal = gravestone ? 100 : 0
        }
        bodyDoji.push(bar)
        shadowVeryShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLGRAVESTONEDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
