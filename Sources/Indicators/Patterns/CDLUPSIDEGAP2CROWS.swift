/// Upside Gap Two Crows: a long white candle, a small black candle gapping up, then a black
/// candle engulfing the second that still closes above the first close. −100 (bearish).
public struct CDLUPSIDEGAP2CROWS: CatalogIndicator {
    public static let functionName = "CDLUPSIDEGAP2CROWS"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var bodyShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 2
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let crows = first.color == 1 && first.realBody > bodyLong.average(of: first)
                && second.color == -1 && second.realBody <= bodyShort.average(of: second)
                && realBodyGapUp(second, first)
                && bar.color == -1 && bar.open > second.open && bar.close < second.close
                && bar.close > first.close
            signal = crows ? -100 : 0
        }
        bodyLong.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLUPSIDEGAP2CROWS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
