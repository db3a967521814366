/// Identical Three Crows: three declining black candles with almost no lower shadows, each
/// opening at or very near the prior close. −100 (always bearish; whether it follows an advance
/// is left to the caller, as in TA-Lib).
public struct CDLIDENTICAL3CROWS: CatalogIndicator {
    public static let functionName = "CDLIDENTICAL3CROWS"

    public let lookback: Int
    private var firstShadow: CandleAverage
    private var secondShadow: CandleAverage
    private var thirdShadow: CandleAverage
    private var firstEqual: CandleAverage
    private var secondEqual: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.equal.avgPeriod) + 2
        firstShadow = CandleAverage(.shadowVeryShort, offset: 2, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
        thirdShadow = CandleAverage(.shadowVeryShort, lookback: lookback)
        firstEqual = CandleAverage(.equal, offset: 2, lookback: lookback)
        secondEqual = CandleAverage(.equal, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let blackCrows = first.color == -1 && first.lowerShadow < firstShadow.average(of: first)
                && second.color == -1 && second.lowerShadow < secondShadow.average(of: second)
                && bar.color == -1 && bar.lowerShadow < thirdShadow.average(of: bar)
                && first.close > second.close && second.close > bar.close
            let (firstNear, secondNear) = (firstEqual.average(of: first), secondEqual.average(of: second))
            let identical = second.open <= first.close + firstNear && second.open >= first.close - firstNear
                && bar.open <= second.close + secondNear && bar.open >= second.close - secondNear
            signal = blackCrows && identical ? -100 : 0
        }
        firstShadow.push(bar)
        secondShadow.push(bar)
        thirdShadow.push(bar)
        firstEqual.push(bar)
        secondEqual.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLIDENTICAL3CROWS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
