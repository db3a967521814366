/// Kicking: two marubozu of opposite colours with a gap between them. ±100 with the second
/// candle's colour (+100 a white marubozu gapping up from a black one).
public struct CDLKICKING: CatalogIndicator {
    public static let functionName = "CDLKICKING"

    public let lookback: Int
    private var firstBody: CandleAverage
    private var secondBody: CandleAverage
    private var firstShadow: CandleAverage
    private var secondShadow: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.shadowVeryShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        firstBody = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        secondBody = CandleAverage(.bodyLong, lookback: lookback)
        firstShadow = CandleAverage(.shadowVeryShort, offset: 1, lookback: lookback)
        secondShadow = CandleAverage(.shadowVeryShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        guard let (_, kicking) = judge(bar) else { return nil }
        return kicking ? Int32(bar.color * 100) : 0
    }

    /// Judges `bar` as the second candle, then takes it in: the first candle and whether the two
    /// kick, or nil before the lookback. Shared with ``CDLKICKINGBYLENGTH``.
    mutating func judge(_ bar: PriceBar) -> (first: PriceBar, kicking: Bool)? {
        var result: (PriceBar, Bool)?
        if bars >= lookback, let first = previous {
            let (firstShort, secondShort) = (firstShadow.average(of: first), secondShadow.average(of: bar))
            let marubozu = first.realBody > firstBody.average(of: first)
                && first.upperShadow < firstShort && first.lowerShadow < firstShort
                && bar.realBody > secondBody.average(of: bar)
                && bar.upperShadow < secondShort && bar.lowerShadow < secondShort
            let gap = (first.color == -1 && candleGapUp(bar, first))
                || (first.color == 1 && candleGapDown(bar, first))
            result = (first, first.color == -bar.color && marubozu && gap)
        }
        firstBody.push(bar)
        secondBody.push(bar)
        firstShadow.push(bar)
        secondShadow.push(bar)
        previous = bar
        bars += 1
        return result
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLKICKING(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
