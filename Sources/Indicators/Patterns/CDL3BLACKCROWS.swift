/// Three Black Crows: after a white candle, three declining black candles, each opening inside
/// the previous body and closing near its low, the first closing under the white candle's high.
/// −100 (bearish).
public struct CDL3BLACKCROWS: CatalogIndicator {
    public static let functionName = "CDL3BLACKCROWS"

    public let lookback: Int
    private var firstShadow: CandleAverage
    private var secondShadow: CandleAverage
    private var thirdShadow: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 3)
    private var bars = 0

    public init() {
        lookback = CandleSetting.shadowVeryShort.avgPeriod + 3
        firstShadow = CandleAverage(.shadowVeryShort, offset: 2, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
        thirdShadow = CandleAverage(.shadowVeryShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (white, first, second) = (recent[age: 2], recent[age: 1], recent[age: 0])
            let crows = white.color == 1
                && first.color == -1 && first.lowerShadow < firstShadow.average(of: first)
                && second.color == -1 && second.lowerShadow < secondShadow.average(of: second)
                && bar.color == -1 && bar.lowerShadow < thirdShadow.average(of: bar)
                && second.open < first.open && second.open > first.close
                && bar.open < second.open && bar.open > second.close
                && white.high > first.close
                && first.close > second.close && second.close > bar.close
            signal = crows ? -100 : 0
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
        signals(CDL3BLACKCROWS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
