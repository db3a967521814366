/// Harami Cross: a long candle, then a doji held inside its body. +100 after a black candle
/// (bullish), −100 after a white one; ±80 when one end of the bodies is equal.
public struct CDLHARAMICROSS: CatalogIndicator {
    public static let functionName = "CDLHARAMICROSS"

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
            let shapes = previous.realBody > bodyLong.average(of: previous)
                && bar.realBody <= bodyDoji.average(of: bar)
            signal = shapes ? haramiSignal(bar, inside: previous) : 0
        }
        bodyLong.push(bar)
        bodyDoji.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHARAMICROSS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
