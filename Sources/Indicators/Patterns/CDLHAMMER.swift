/// Hammer: a small body at the top of the range with a long lower shadow and almost no upper
/// shadow, its body near or below the previous candle's low. +100 (always bullish; whether it
/// ends a downtrend is left to the caller, as in TA-Lib).
public struct CDLHAMMER: CatalogIndicator {
    public static let functionName = "CDLHAMMER"

    public let lookback: Int
    private var body: CandleAverage
    private var shadowLong: CandleAverage
    private var shadowVeryShort: CandleAverage
    private var near: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(
            CandleSetting.bodyShort.avgPeriod, CandleSetting.shadowLong.avgPeriod,
            CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.near.avgPeriod) + 1
        body = CandleAverage(.bodyShort, lookback: lookback)
        shadowLong = CandleAverage(.shadowLong, lookback: lookback)
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
        near = CandleAverage(.near, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let hammer = bar.realBody < body.average(of: bar)
                && bar.lowerShadow > shadowLong.average(of: bar)
                && bar.upperShadow < shadowVeryShort.average(of: bar)
                && bar.bodyBottom <= previous.low + near.average(of: previous)
            signal = hammer ? 100 : 0
        }
        body.push(bar)
        shadowLong.push(bar)
        shadowVeryShort.push(bar)
        near.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHAMMER(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
