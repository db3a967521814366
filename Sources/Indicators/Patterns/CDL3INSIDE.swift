/// Three Inside Up/Down: a long candle, a short body held inside it (a harami), then a candle of
/// the opposite colour to the first closing beyond the first open. +100 up, −100 down.
public struct CDL3INSIDE: CatalogIndicator {
    public static let functionName = "CDL3INSIDE"

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
            let inside = first.realBody > bodyLong.average(of: first)
                && second.realBody <= bodyShort.average(of: second)
                && second.bodyTop < first.bodyTop && second.bodyBottom > first.bodyBottom
                && ((first.color == 1 && bar.color == -1 && bar.close < first.open)
                    || (first.color == -1 && bar.color == 1 && bar.close > first.open))
            signal = inside ? Int32(-first.color * 100) : 0
        }
        bodyLong.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDL3INSIDE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
