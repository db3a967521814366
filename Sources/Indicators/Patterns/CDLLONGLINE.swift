/// Long Line: a long body with short upper and lower shadows. ±100 with the candle's colour.
public struct CDLLONGLINE: CatalogIndicator {
    public static let functionName = "CDLLONGLINE"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var shadowShort: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyLong.avgPeriod, CandleSetting.shadowShort.avgPeriod)
        bodyLong = CandleAverage(.bodyLong, lookback: lookback)
        shadowShort = CandleAverage(.shadowShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let short = shadowShort.average(of: bar)
            let longLine = bar.realBody > bodyLong.average(of: bar)
                && bar.upperShadow < short && bar.lowerShadow < short
            signal = longLine ? Int32(bar.color * 100) : 0
        }
        bodyLong.push(bar)
        shadowShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLLONGLINE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
