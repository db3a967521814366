/// Homing Pigeon: a long black candle, then a short black body inside its body. +100 (bullish).
public struct CDLHOMINGPIGEON: CatalogIndicator {
    public static let functionName = "CDLHOMINGPIGEON"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var bodyShort: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let pigeon = previous.color == -1 && bar.color == -1
                && previous.realBody > bodyLong.average(of: previous)
                && bar.realBody <= bodyShort.average(of: bar)
                && bar.open < previous.open && bar.close > previous.close
            signal = pigeon ? 100 : 0
        }
        bodyLong.push(bar)
        bodyShort.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHOMINGPIGEON(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
