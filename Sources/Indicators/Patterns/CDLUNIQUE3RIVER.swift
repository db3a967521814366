/// Unique 3 River: a long black candle, a black harami-like candle making a new low, then a
/// small white candle opening above that low. +100 (bullish bottom).
public struct CDLUNIQUE3RIVER: CatalogIndicator {
    public static let functionName = "CDLUNIQUE3RIVER"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var bodyShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 2
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let river = first.realBody > bodyLong.average(of: first) && first.color == -1
                && second.color == -1 && second.close > first.close && second.open <= first.open
                && second.low < first.low
                && bar.realBody < bodyShort.average(of: bar) && bar.color == 1 && bar.open > second.low
            signal = river ? 100 : 0
        }
        bodyLong.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLUNIQUE3RIVER(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
