/// Rising/Falling Three Methods: a long candle, three small opposite-coloured candles drifting
/// against it within its range, then a long candle of the first colour closing beyond the first
/// close. ±100 with the first candle's colour (+100 rising, −100 falling).
public struct CDLRISEFALL3METHODS: CatalogIndicator {
    public static let functionName = "CDLRISEFALL3METHODS"

    public let lookback: Int
    private var firstBody: CandleAverage
    private var secondBody: CandleAverage
    private var thirdBody: CandleAverage
    private var fourthBody: CandleAverage
    private var fifthBody: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 4)
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 4
        firstBody = CandleAverage(.bodyLong, offset: 4, lookback: lookback)
        secondBody = CandleAverage(.bodyShort, offset: 3, lookback: lookback)
        thirdBody = CandleAverage(.bodyShort, offset: 2, lookback: lookback)
        fourthBody = CandleAverage(.bodyShort, offset: 1, lookback: lookback)
        fifthBody = CandleAverage(.bodyLong, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 3], recent[age: 2])
            let (third, fourth) = (recent[age: 1], recent[age: 0])
            let bodies = first.realBody > firstBody.average(of: first)
                && second.realBody < secondBody.average(of: second)
                && third.realBody < thirdBody.average(of: third)
                && fourth.realBody < fourthBody.average(of: fourth)
                && bar.realBody > fifthBody.average(of: bar)
            let colors = first.color == -second.color && second.color == third.color
                && third.color == fourth.color && fourth.color == -bar.color
            let inside = second.bodyBottom < first.high && second.bodyTop > first.low
                && third.bodyBottom < first.high && third.bodyTop > first.low
                && fourth.bodyBottom < first.high && fourth.bodyTop > first.low
            let sign = Double(first.color)
            let trend = third.close * sign < second.close * sign && fourth.close * sign < third.close * sign
                && bar.open * sign > fourth.close * sign && bar.close * sign > first.close * sign
            signal = bodies && colors && inside && trend ? Int32(first.color * 100) : 0
        }
        firstBody.push(bar)
        secondBody.push(bar)
        thirdBody.push(bar)
        fourthBody.push(bar)
        fifthBody.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLRISEFALL3METHODS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
