/// Hanging Man: a hammer-shaped candle (small body on top, long lower shadow, almost no upper
/// shadow) whose body sits at or near the previous candle's high. −100 (always bearish; whether
/// it ends an uptrend is left to the caller, as in TA-Lib).
public struct CDLHANGINGMAN: CatalogIndicator {
    public static let functionName = "CDLHANGINGMAN"

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
            let hangingMan = bar.realBody < body.average(of: bar)
                && bar.lowerShadow > shadowLong.average(of: bar)
                && bar.upperShadow < shadowVeryShort.average(of: bar)
                && bar.bodyBottom >= previous.high - near.average(of: previous)
            signal = hangingMan ? -100 : 0
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
        signals(CDLHANGINGMAN(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
