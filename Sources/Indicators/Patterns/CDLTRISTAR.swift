/// Tristar: three doji, the middle one gapping away from the first and the third turning back.
/// −100 when the middle doji gaps up, +100 when it gaps down. All three bodies are compared with
/// the average before the first doji, as in TA-Lib.
public struct CDLTRISTAR: CatalogIndicator {
    public static let functionName = "CDLTRISTAR"

    public let lookback: Int
    private var bodyDoji: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = CandleSetting.bodyDoji.avgPeriod + 2
        bodyDoji = CandleAverage(.bodyDoji, offset: 2, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let doji = bodyDoji.average(of: first)
            var value: Int32 = 0
            if first.realBody <= doji && second.realBody <= doji && bar.realBody <= doji {
                if realBodyGapUp(second, first) && bar.bodyTop < second.bodyTop { value = -100 }
                if realBodyGapDown(second, first) && bar.bodyBottom > second.bodyBottom { value = 100 }
            }
            signal = value
        }
        bodyDoji.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLTRISTAR(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
