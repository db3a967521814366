/// Ladder Bottom: three black candles with lower opens and closes, a fourth black candle with an
/// upper shadow, then a white candle opening above its body and closing above its high. +100.
public struct CDLLADDERBOTTOM: CatalogIndicator {
    public static let functionName = "CDLLADDERBOTTOM"

    public let lookback: Int
    private var shadowVeryShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 4)
    private var bars = 0

    public init() {
        lookback = CandleSetting.shadowVeryShort.avgPeriod + 4
        shadowVeryShort = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 3], recent[age: 2])
            let (third, fourth) = (recent[age: 1], recent[age: 0])
            let descending = first.color == -1 && second.color == -1 && third.color == -1
                && first.open > second.open && second.open > third.open
                && first.close > second.close && second.close > third.close
            let reversal = fourth.color == -1 && fourth.upperShadow > shadowVeryShort.average(of: fourth)
                && bar.color == 1 && bar.open > fourth.open && bar.close > fourth.high
            signal = descending && reversal ? 100 : 0
        }
        shadowVeryShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLLADDERBOTTOM(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
