/// Three-Line Strike: three candles of one colour with rising (falling) closes, each opening
/// within or near the previous body, then an opposite candle opening beyond the third close and
/// closing beyond the first open. +100 after three white, −100 after three black.
public struct CDL3LINESTRIKE: CatalogIndicator {
    public static let functionName = "CDL3LINESTRIKE"

    public let lookback: Int
    private var firstNear: CandleAverage
    private var secondNear: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 3)
    private var bars = 0

    public init() {
        lookback = CandleSetting.near.avgPeriod + 3
        firstNear = CandleAverage(.near, offset: 3, lookback: lookback)
        secondNear = CandleAverage(.near, offset: 2, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second, third) = (recent[age: 2], recent[age: 1], recent[age: 0])
            let nearFirst = firstNear.average(of: first), nearSecond = secondNear.average(of: second)
            let strike = first.color == second.color && second.color == third.color
                && bar.color == -third.color
                && second.open >= first.bodyBottom - nearFirst && second.open <= first.bodyTop + nearFirst
                && third.open >= second.bodyBottom - nearSecond && third.open <= second.bodyTop + nearSecond
                && ((third.color == 1
                        && third.close > second.close && second.close > first.close
                        && bar.open > third.close && bar.close < first.open)
                    || (third.color == -1
                        && third.close < second.close && second.close < first.close
                        && bar.open < third.close && bar.close > first.open))
            signal = strike ? Int32(third.color * 100) : 0
        }
        firstNear.push(bar)
        secondNear.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDL3LINESTRIKE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
