/// Advance Block: three white candles with rising closes, each opening within or near the previous
/// body, whose advance weakens (shrinking bodies, growing upper shadows). −100 (bearish).
public struct CDLADVANCEBLOCK: CatalogIndicator {
    public static let functionName = "CDLADVANCEBLOCK"

    public let lookback: Int
    private var firstShadowShort: CandleAverage
    private var secondShadowShort: CandleAverage
    private var thirdShadowShort: CandleAverage
    private var thirdShadowLong: CandleAverage
    private var firstNear: CandleAverage
    private var secondNear: CandleAverage
    private var firstFar: CandleAverage
    private var secondFar: CandleAverage
    private var bodyLong: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(
            max(
                max(CandleSetting.shadowLong.avgPeriod, CandleSetting.shadowShort.avgPeriod),
                max(CandleSetting.far.avgPeriod, CandleSetting.near.avgPeriod)),
            CandleSetting.bodyLong.avgPeriod) + 2
        firstShadowShort = CandleAverage(.shadowShort, offset: 2, lookback: lookback)
        secondShadowShort = CandleAverage(.shadowShort, offset: 1, lookback: lookback)
        thirdShadowShort = CandleAverage(.shadowShort, lookback: lookback)
        thirdShadowLong = CandleAverage(.shadowLong, lookback: lookback)
        firstNear = CandleAverage(.near, offset: 2, lookback: lookback)
        secondNear = CandleAverage(.near, offset: 1, lookback: lookback)
        firstFar = CandleAverage(.far, offset: 2, lookback: lookback)
        secondFar = CandleAverage(.far, offset: 1, lookback: lookback)
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let block = first.color == 1 && second.color == 1 && bar.color == 1
                && bar.close > second.close && second.close > first.close
                && second.open > first.open
                && second.open <= first.close + firstNear.average(of: first)
                && bar.open > second.open
                && bar.open <= second.close + secondNear.average(of: second)
                && first.realBody > bodyLong.average(of: first)
                && first.upperShadow < firstShadowShort.average(of: first)
                && ((second.realBody < first.realBody - firstFar.average(of: first)
                        && bar.realBody < second.realBody + secondNear.average(of: second))
                    || bar.realBody < second.realBody - secondFar.average(of: second)
                    || (bar.realBody < second.realBody && second.realBody < first.realBody
                        && (bar.upperShadow > thirdShadowShort.average(of: bar)
                            || second.upperShadow > secondShadowShort.average(of: second)))
                    || (bar.realBody < second.realBody
                        && bar.upperShadow > thirdShadowLong.average(of: bar)))
            signal = block ? -100 : 0
        }
        firstShadowShort.push(bar)
        secondShadowShort.push(bar)
        thirdShadowShort.push(bar)
        thirdShadowLong.push(bar)
        firstNear.push(bar)
        secondNear.push(bar)
        firstFar.push(bar)
        secondFar.push(bar)
        bodyLong.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLADVANCEBLOCK(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
