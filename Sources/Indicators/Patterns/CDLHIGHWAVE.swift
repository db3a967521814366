/// High-Wave Candle: a short body with very long shadows on both sides, strong indecision.
/// +100 when white, −100 when black (TA-Lib signs it by colour).
public struct CDLHIGHWAVE: CatalogIndicator {
    public static let functionName = "CDLHIGHWAVE"

    public let lookback: Int
    private var body: CandleAverage
    private var shadow: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.shadowVeryLong.avgPeriod)
        body = CandleAverage(.bodyShort, lookback: lookback)
        shadow = CandleAverage(.shadowVeryLong, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let veryLong = shadow.average(of: bar)
            let highWave = bar.realBody < body.average(of: bar)
                && bar.upperShadow > veryLong && bar.lowerShadow > veryLong
            signal = highWave ? Int32(bar.color * 100) : 0
        }
        body.push(bar)
        shadow.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHIGHWAVE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
