/// Tasuki Gap: a body gap in the trend's direction, then a candle of the opposite colour, of
/// about the same body size, that opens inside the second body and closes inside the gap without
/// filling it. ±100 with the second candle's colour (+100 upside, −100 downside).
public struct CDLTASUKIGAP: CatalogIndicator {
    public static let functionName = "CDLTASUKIGAP"

    public let lookback: Int
    private var near: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {
        lookback = CandleSetting.near.avgPeriod + 2
        near = CandleAverage(.near, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let similar = abs(second.realBody - bar.realBody) < near.average(of: second)
            let upside = realBodyGapUp(second, first) && second.color == 1 && bar.color == -1
                && bar.open < second.close && bar.open > second.open
                && bar.close < second.open && bar.close > first.bodyTop
            let downside = realBodyGapDown(second, first) && second.color == -1 && bar.color == 1
                && bar.open < second.open && bar.open > second.close
                && bar.close > second.open && bar.close < first.bodyBottom
            signal = (upside || downside) && similar ? Int32(second.color * 100) : 0
        }
        near.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLTASUKIGAP(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
