/// Three Advancing White Soldiers: three white candles with rising closes and very short upper
/// shadows, each opening within or near the previous body and none far shorter than the one
/// before. +100 (bullish).
public struct CDL3WHITESOLDIERS: CatalogIndicator {
    public static let functionName = "CDL3WHITESOLDIERS"

    public let lookback: Int
    private var firstShadow: CandleAverage
    private var secondShadow: CandleAverage
    private var thirdShadow: CandleAverage
    private var firstNear: CandleAverage
    private var secondNear: CandleAverage
    private var firstFar: CandleAverage
    private var secondFar: CandleAverage
    private var bodyShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(
            max(CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.bodyShort.avgPeriod),
            max(CandleSetting.far.avgPeriod, CandleSetting.near.avgPeriod)) + 2
        firstShadow = CandleAverage(.shadowVeryShort, offset: 2, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
        thirdShadow = CandleAverage(.shadowVeryShort, lookback: lookback)
        firstNear = CandleAverage(.near, offset: 2, lookback: lookback)
        secondNear = CandleAverage(.near, offset: 1, lookback: lookback)
        firstFar = CandleAverage(.far, offset: 2, lookback: lookback)
        secondFar = CandleAverage(.far, offset: 1, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let soldiers = first.color == 1 && first.upperShadow < firstShadow.average(of: first)
                && second.color == 1 && second.upperShadow < secondShadow.average(of: second)
                && bar.color == 1 && bar.upperShadow < thirdShadow.average(of: bar)
                && bar.close > second.close && second.close > first.close
                && second.open > first.open
                && second.open <= first.close + firstNear.average(of: first)
                && bar.open > second.open
                && bar.open <= second.close + secondNear.average(of: second)
                && second.realBody > first.realBody - firstFar.average(of: first)
                && bar.realBody > second.realBody - secondFar.average(of: second)
                && bar.realBody > bodyShort.average(of: bar)
            signal = soldiers ? 100 : 0
        }
        firstShadow.push(bar)
        secondShadow.push(bar)
        thirdShadow.push(bar)
        firstNear.push(bar)
        secondNear.push(bar)
        firstFar.push(bar)
        secondFar.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDL3WHITESOLDIERS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
