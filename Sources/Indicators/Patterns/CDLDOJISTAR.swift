/// Doji Star: a long candle, then a doji whose body gaps away in the same direction. −100 after a
/// white candle (bearish), +100 after a black one (bullish).
public struct CDLDOJISTAR: CatalogIndicator {
    public static let functionName = "CDLDOJISTAR"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var bodyDoji: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyDoji.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        bodyDoji = CandleAverage(.bodyDoji, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let star = previous.realBody > bodyLong.average(of: previous)
                && bar.realBody <= bodyDoji.average(of: bar)
                && ((previous.color == 1 && realBodyGapUp(bar, previous))
                    || (previous.color == -1 && realBodyGapDown(bar, previous)))
            signal = star ? Int32(-previous.color * 100) : 0
        }
        bodyLong.push(bar)
        bodyDoji.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLDOJISTAR(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
