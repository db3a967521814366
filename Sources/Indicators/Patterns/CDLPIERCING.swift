/// Piercing: a long black candle, then a long white candle opening below its low and closing
/// above its body's midpoint but below its open. +100.
public struct CDLPIERCING: CatalogIndicator {
    public static let functionName = "CDLPIERCING"

    public let lookback: Int
    private var firstBody: CandleAverage
    private var secondBody: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = CandleSetting.bodyLong.avgPeriod + 1
        firstBody = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        secondBody = CandleAverage(.bodyLong, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let first = previous {
            let piercing = first.color == -1 && first.realBody > firstBody.average(of: first)
                && bar.color == 1 && bar.realBody > secondBody.average(of: bar)
                && bar.open < first.low && bar.close < first.open
                && bar.close > first.close + first.realBody * 0.5
            signal = piercing ? 100 : 0
        }
        firstBody.push(bar)
        secondBody.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLPIERCING(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
