/// Three Stars In The South: three black candles losing momentum — a long one with a long lower
/// shadow, a smaller one holding above its low, then a small marubozu inside the second's range.
/// +100 (bullish).
public struct CDL3STARSINSOUTH: CatalogIndicator {
    public static let functionName = "CDL3STARSINSOUTH"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var shadowLong: CandleAverage
    private var secondShadow: CandleAverage
    private var thirdShadow: CandleAverage
    private var bodyShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(
            max(CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.shadowLong.avgPeriod),
            max(CandleSetting.bodyLong.avgPeriod, CandleSetting.bodyShort.avgPeriod)) + 2
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        shadowLong = CandleAverage(.shadowLong, offset: 2, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
        thirdShadow = CandleAverage(.shadowVeryShort, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let stars = first.color == -1 && second.color == -1 && bar.color == -1
                && first.realBody > bodyLong.average(of: first)
                && first.lowerShadow > shadowLong.average(of: first)
                && second.realBody < first.realBody
                && second.open > first.close && second.open <= first.high
                && second.low < first.close && second.low >= first.low
                && second.lowerShadow > secondShadow.average(of: second)
                && bar.realBody < bodyShort.average(of: bar)
                && bar.lowerShadow < thirdShadow.average(of: bar)
                && bar.upperShadow < thirdShadow.average(of: bar)
                && bar.low > second.low && bar.high < second.high
            signal = stars ? 100 : 0
        }
        bodyLong.push(bar)
        shadowLong.push(bar)
        secondShadow.push(bar)
        thirdShadow.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDL3STARSINSOUTH(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
