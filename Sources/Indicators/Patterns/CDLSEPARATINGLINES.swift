/// Separating Lines: a candle, then a long candle of the opposite colour opening at the same
/// price with no shadow on its opening side. ±100 with the second candle's colour.
public struct CDLSEPARATINGLINES: CatalogIndicator {
    public static let functionName = "CDLSEPARATINGLINES"

    public let lookback: Int
    private var shadowVeryShort: CandleAverage
    private var bodyLong: CandleAverage
    private var equal: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(
            CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.bodyLong.avgPeriod,
            CandleSetting.equal.avgPeriod) + 1
        shadowVeryShort = CandleAverage(.shadowVeryShort, lookback: lookback)
        bodyLong = CandleAverage(.bodyLong, lookback: lookback)
        equal = CandleAverage(.equal, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let first = previous {
            let tolerance = equal.average(of: first), veryShort = shadowVeryShort.average(of: bar)
            let separating = first.color == -bar.color
                && bar.open <= first.open + tolerance && bar.open >= first.open - tolerance
                && bar.realBody > bodyLong.average(of: bar)
                && ((bar.color == 1 && bar.lowerShadow < veryShort)
                    || (bar.color == -1 && bar.upperShadow < veryShort))
            signal = separating ? Int32(bar.color * 100) : 0
        }
        shadowVeryShort.push(bar)
        bodyLong.push(bar)
        equal.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLSEPARATINGLINES(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
