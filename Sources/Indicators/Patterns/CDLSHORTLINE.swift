/// Short Line: a short body with short upper and lower shadows. ±100 with the candle's colour.
public struct CDLSHORTLINE: CatalogIndicator {
    public static let functionName = "CDLSHORTLINE"

    public let lookback: Int
    private var bodyShort: CandleAverage
    private var shadowShort: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.shadowShort.avgPeriod)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
        shadowShort = CandleAverage(.shadowShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let short = shadowShort.average(of: bar)
            let shortLine = bar.realBody < bodyShort.average(of: bar)
                && bar.upperShadow < short && bar.lowerShadow < short
            signal = shortLine ? Int32(bar.color * 100) : 0
        }
        bodyShort.push(bar)
        shadowShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLSHORTLINE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
