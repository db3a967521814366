/// Inverted Hammer: a small body at the bottom of the range with a long upper shadow and almost
/// no lower shadow, its body gapping down from the previous body. +100 (always bullish; the
/// downtrend is left to the caller, as in TA-Lib).
public struct CDLINVERTEDHAMMER: CatalogIndicator {
    public static let functionName = "CDLINVERTEDHAMMER"

    public let lookback: Int
    private var body: CandleAverage
    private var shadowLong: CandleAverage
    private var shadowVeryShort: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(
            CandleSetting.bodyShort.avgPeriod, CandleSetting.shadowLong.avgPeriod,
            CandleSetting.shadowVeryShort.avgPeriod) + 1
        body = CandleAverage(.bodyShort, lookback: lookback)
        shadowLong = CandleAverage(.shadowLong, lookback: lookback)
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let invertedHammer = bar.realBody < body.average(of: bar)
                && bar.upperShadow > shadowLong.average(of: bar)
                && bar.lowerShadow < shadowVeryShort.average(of: bar)
                && realBodyGapDown(bar, previous)
            signal = invertedHammer ? 100 : 0
        }
        body.push(bar)
        shadowLong.push(bar)
        shadowVeryShort.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLINVERTEDHAMMER(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
