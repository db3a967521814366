/// Stick Sandwich: a black candle, a white candle trading above its close, then a black candle
/// closing at (within "equal" of) the first close. +100 (bullish support).
public struct CDLSTICKSANDWICH: CatalogIndicator {
    public static let functionName = "CDLSTICKSANDWICH"

    public let lookback: Int
    private var equal: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = CandleSetting.equal.avgPeriod + 2
        equal = CandleAverage(.equal, offset: 2, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let tolerance = equal.average(of: first)
            let sandwich = first.color == -1 && second.color == 1 && bar.color == -1
                && second.low > first.close
                && bar.close <= first.close + tolerance && bar.close >= first.close - tolerance
            signal = sandwich ? 100 : 0
        }
        equal.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLSTICKSANDWICH(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
