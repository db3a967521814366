/// Matching Low: two black candles closing at (within "equal" of) the same price. +100
/// (bullish support; the downtrend is left to the caller, as in TA-Lib).
public struct CDLMATCHINGLOW: CatalogIndicator {
    public static let functionName = "CDLMATCHINGLOW"

    public let lookback: Int
    private var equal: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = CandleSetting.equal.avgPeriod + 1
        equal = CandleAverage(.equal, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let first = previous {
            let tolerance = equal.average(of: first)
            let matching = first.color == -1 && bar.color == -1
                && bar.close <= first.close + tolerance && bar.close >= first.close - tolerance
            signal = matching ? 100 : 0
        }
        equal.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLMATCHINGLOW(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
