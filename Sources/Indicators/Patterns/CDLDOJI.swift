/// Doji: a candle whose body is (almost) nil next to the ranges of the candles before — open and
/// close (nearly) equal, indecision. +100.
public struct CDLDOJI: CatalogIndicator {
    public static let functionName = "CDLDOJI"

    public let lookback: Int
    private var bodyDoji: CandleAverage
    private var bars = 0

    public init() {
        lookback = CandleSetting.bodyDoji.avgPeriod
        bodyDoji = CandleAverage(.bodyDoji, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            signal = bar.realBody <= bodyDoji.average(of: bar) ? 100 : 0
        }
        bodyDoji.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
