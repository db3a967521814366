/// Breakaway: a long candle, a body gapping away in its direction, two more candles carrying on,
/// then an opposite candle closing inside the gap. +100 bullish, −100 bearish.
public struct CDLBREAKAWAY: CatalogIndicator {
    public static let functionName = "CDLBREAKAWAY"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 4)
    private var bars = 0

    public init() {
        lookback = CandleSetting.bodyLong.avgPeriod + 4
        bodyLong = CandleAverage(.bodyLong, offset: 4, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 3], recent[age: 2])
            let (third, fourth) = (recent[age: 1], recent[age: 0])
            let breakaway = first.realBody > bodyLong.average(of: first)
                && first.color == second.color && second.color == fourth.color
                && fourth.color == -bar.color
                && ((first.color == -1 && realBodyGapDown(second, first)
                        && third.high < second.high && third.low < second.low
                        && fourth.high < third.high && fourth.low < third.low
                        && bar.close > second.open && bar.close < first.close)
                    || (first.color == 1 && realBodyGapUp(second, first)
                        && third.high > second.high && third.low > second.low
                        && fourth.high > third.high && fourth.low > third.low
                        && bar.close < second.open && bar.close > first.close))
            signal = breakaway ? Int32(bar.color * 100) : 0
        }
        bodyLong.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLBREAKAWAY(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
