/// Hikkake: an inside bar, then a bar breaking out of it on one side (a false breakout). +100
/// when the break is downward (bullish), −100 upward; within three bars, a close beyond the
/// inside bar's other extreme confirms it: +200 / −200 on that bar. A new hikkake on the same bar
/// wins over a confirmation, as in TA-Lib, which starts looking three bars before the lookback.
public struct CDLHIKKAKE: CatalogIndicator {
    public static let functionName = "CDLHIKKAKE"

    public let lookback = 5
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var setup: HikkakeSetup?
    private var bars = 0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32 = 0
        if bars >= lookback - 3 {
            let (first, inside) = (recent[age: 1], recent[age: 0])
            if inside.high < first.high && inside.low > first.low
                && ((bar.high < inside.high && bar.low < inside.low)
                    || (bar.high > inside.high && bar.low > inside.low))
            {
                signal = bar.high < inside.high ? 100 : -100
                setup = HikkakeSetup(bar: bars, signal: signal, high: inside.high, low: inside.low)
            } else if let confirmed = setup?.confirmation(by: bar, at: bars) {
                signal = confirmed
                setup = nil
            }
        }
        recent.append(bar)
        bars += 1
        return bars > lookback ? signal : nil
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHIKKAKE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}

/// A hikkake (or modified hikkake) waiting for its confirmation: the bar it appeared on, its
/// signal, and the range of the inside bar before it.
struct HikkakeSetup: Sendable {
    let bar: Int
    let signal: Int32
    let high: Double
    let low: Double

    /// ±200 when `candle` (bar `index`) closes beyond the inside bar within three bars, else nil.
    func confirmation(by candle: PriceBar, at index: Int) -> Int32? {
        guard index <= bar + 3 else { return nil }
        if signal > 0 && candle.close > high { return signal + 100 }
        if signal < 0 && candle.close < low { return signal - 100 }
        return nil
    }
}
