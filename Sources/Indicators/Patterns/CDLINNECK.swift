/// In-Neck: a long black candle, then a white candle opening below its low and closing at or
/// just above its close. −100 (always bearish; the downtrend is left to the caller, as in TA-Lib).
public struct CDLINNECK: CatalogIndicator {
    public static let functionName = "CDLINNECK"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var equal: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.equal.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        equal = CandleAverage(.equal, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let first = previous {
            let inNeck = first.color == -1 && first.realBody > bodyLong.average(of: first)
                && bar.color == 1 && bar.open < first.low
                && bar.close <= first.close + equal.average(of: first) && bar.close >= first.close
            signal = inNeck ? -100 : 0
        }
        bodyLong.push(bar)
        equal.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLINNECK(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
