/// Stalled Pattern (deliberation): two long white candles, then a small white candle opening
/// near the second close, the advance losing steam. −100 (bearish warning).
public struct CDLSTALLEDPATTERN: CatalogIndicator {
    public static let functionName = "CDLSTALLEDPATTERN"

    public let lookback: Int
    private var firstBody: CandleAverage
    private var secondBody: CandleAverage
    private var thirdBody: CandleAverage
    private var secondShadow: CandleAverage
    private var firstNear: CandleAverage
    private var secondNear: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(
            CandleSetting.bodyLong.avgPeriod, CandleSetting.bodyShort.avgPeriod,
            CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.near.avgPeriod) + 2
        firstBody = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        secondBody = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        thirdBody = CandleAverage(.bodyShort, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
        firstNear = CandleAverage(.near, offset: 2, lookback: lookback)
        secondNear = CandleAverage(.near, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let rising = first.color == 1 && second.color == 1 && bar.color == 1
                && bar.close > second.close && second.close > first.close
            let strong = first.realBody > firstBody.average(of: first)
                && second.realBody > secondBody.average(of: second)
                && second.upperShadow < secondShadow.average(of: second)
                && second.open > first.open && second.open <= first.close + firstNear.average(of: first)
            let stalled = bar.realBody < thirdBody.average(of: bar)
                && bar.open >= second.close - bar.realBody - secondNear.average(of: second)
            signal = rising && strong && stalled ? -100 : 0
        }
        firstBody.push(bar)
        secondBody.push(bar)
        thirdBody.push(bar)
        secondShadow.push(bar)
        firstNear.push(bar)
        secondNear.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLSTALLEDPATTERN(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
