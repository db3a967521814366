/// Long Legged Doji: a doji body with at least one long shadow, a sign of indecision. +100
/// whatever the direction (TA-Lib's convention).
public struct CDLLONGLEGGEDDOJI: CatalogIndicator {
    public static let functionName = "CDLLONGLEGGEDDOJI"

    public let lookback: Int
    private var bodyDoji: CandleAverage
    private var shadowLong: CandleAverage
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyDoji.avgPeriod, CandleSetting.shadowLong.avgPeriod)
        bodyDoji = CandleAverage(.bodyDoji, lookback: lookback)
        shadowLong = CandleAverage(.shadowLong, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let long = shadowLong.average(of: bar)
            let doji = bar.realBody <= bodyDoji.average(of: bar)
                && (bar.lowerShadow > long || bar.upperShadow > long)
            signal = doji ? 100 : 0
        }
        bodyDoji.push(bar)
        shadowLong.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLLONGLEGGEDDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
