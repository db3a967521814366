/// Spinning Top: a small body with both shadows longer than the body, a sign of indecision.
/// ±100 with the candle's colour.
public struct CDLSPINNINGTOP: CatalogIndicator {
    public static let functionName = "CDLSPINNINGTOP"

    public let lookback: Int
    private var bodyShort: CandleAverage
    private var bars = 0

    public init() {
        lookback = CandleSetting.bodyShort.avgPeriod
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let spinningTop = bar.realBody < bodyShort.average(of: bar)
                && bar.upperShadow > bar.realBody && bar.lowerShadow > bar.realBody
            signal = spinningTop ? Int32(bar.color * 100) : 0
        }
        bodyShort.push(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLSPINNINGTOP(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
