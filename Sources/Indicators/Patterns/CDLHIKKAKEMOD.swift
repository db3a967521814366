/// Modified Hikkake: a candle, a smaller one closing near its low (high) inside it, an inside bar,
/// then a bar breaking down (up) — a false breakout read as a reversal. +100 bullish, −100
/// bearish; within three bars, a close beyond the inside bar's other extreme confirms it:
/// +200 / −200. As in TA-Lib, it starts looking three bars before the lookback.
public struct CDLHIKKAKEMOD: CatalogIndicator {
    public static let functionName = "CDLHIKKAKEMOD"

    public let lookback: Int
    private var near: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 3)
    private var setup: HikkakeSetup?
    private var bars = 0

    public init() {
        lookback = max(1, CandleSetting.near.avgPeriod) + 5
        near = CandleAverage(.near, offset: 2, lookback: lookback - 3)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32 = 0
        if bars >= lookback - 3 {
            let (first, second, inside) = (recent[age: 2], recent[age: 1], recent[age: 0])
            if second.high < first.high && second.low > first.low
                && inside.high < second.high && inside.low > second.low
                && ((bar.high < inside.high && bar.low < inside.low
                        && second.close <= second.low + near.average(of: second))
                    || (bar.high > inside.high && bar.low > inside.low
                        && second.close >= second.high - near.average(of: second)))
            {
                signal = bar.high < inside.high ? 100 : -100
                setup = HikkakeSetup(bar: bars, signal: signal, high: inside.high, low: inside.low)
            } else if let confirmed = setup?.confirmation(by: bar, at: bars) {
                signal = confirmed
                setup = nil
            }
        }
        near.push(bar)
        recent.append(bar)
        bars += 1
        return bars > lookback ? signal : nil
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHIKKAKEMOD(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
