/// Concealing Baby Swallow: two black marubozu, a black candle gapping down whose upper shadow
/// reaches into the second body, then a black candle engulfing the third, shadows included.
/// +100 (bullish).
public struct CDLCONCEALBABYSWALL: CatalogIndicator {
    public static let functionName = "CDLCONCEALBABYSWALL"

    public let lookback: Int
    private var firstShadow: CandleAverage
    private var secondShadow: CandleAverage
    private var thirdShadow: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 3)
    private var bars = 0

    public init() {
        lookback = CandleSetting.shadowVeryShort.avgPeriod + 3
        firstShadow = CandleAverage(.shadowVeryShort, offset: 3, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, offset: 2, lookback: lookback)
        thirdShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second, third) = (recent[age: 2], recent[age: 1], recent[age: 0])
            let (shadowFirst, shadowSecond) = (firstShadow.average(of: first), secondShadow.average(of: second))
            let swallow = first.color == -1 && second.color == -1 && third.color == -1 && bar.color == -1
                && first.lowerShadow < shadowFirst && first.upperShadow < shadowFirst
                && second.lowerShadow < shadowSecond && second.upperShadow < shadowSecond
                && realBodyGapDown(third, second)
                && third.upperShadow > thirdShadow.average(of: third)
                && third.high > second.close
                && bar.high > third.high && bar.low < third.low
            signal = swallow ? 100 : 0
        }
        firstShadow.push(bar)
        secondShadow.push(bar)
        thirdShadow.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLCONCEALBABYSWALL(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
