/// Counterattack: two long candles of opposite colours closing at (nearly) the same price.
/// +100 bullish (second white), −100 bearish.
public struct CDLCOUNTERATTACK: CatalogIndicator {
    public static let functionName = "CDLCOUNTERATTACK"

    public let lookback: Int
    private var equal: CandleAverage
    private var firstBody: CandleAverage
    private var secondBody: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.equal.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        equal = CandleAverage(.equal, offset: 1, lookback: lookback)
        firstBody = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        secondBody = CandleAverage(.bodyLong, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let tolerance = equal.average(of: previous)
            let counter = previous.color == -bar.color
                && previous.realBody > firstBody.average(of: previous)
                && bar.realBody > secondBody.average(of: bar)
                && bar.close <= previous.close + tolerance
                && bar.close >= previous.close - tolerance
            signal = counter ? Int32(bar.color * 100) : 0
        }
        equal.push(bar)
        firstBody.push(bar)
        secondBody.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLCOUNTERATTACK(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
