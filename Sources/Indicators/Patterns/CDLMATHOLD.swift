/// Mat Hold: a long white candle, a small black candle gapping up, two more small candles
/// drifting down inside the first body, then a white candle closing above them all. +100.
/// `penetration` bounds how far the reaction may reach into the first body.
public struct CDLMATHOLD: CatalogIndicator {
    public static let functionName = "CDLMATHOLD"

    public let penetration: Double
    public let lookback: Int
    private var firstBody: CandleAverage
    private var secondBody: CandleAverage
    private var thirdBody: CandleAverage
    private var fourthBody: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 4)
    private var bars = 0

    /// - Parameter penetration: the fraction of the first body the reaction may retrace, ≥ 0
    ///   (TA-Lib's default 0.5).
    public init(penetration: Double = 0.5) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLMATHOLD penetration must be 0…3e37")
        self.penetration = penetration
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 4
        firstBody = CandleAverage(.bodyLong, offset: 4, lookback: lookback)
        secondBody = CandleAverage(.bodyShort, offset: 3, lookback: lookback)
        thirdBody = CandleAverage(.bodyShort, offset: 2, lookback: lookback)
        fourthBody = CandleAverage(.bodyShort, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 3], recent[age: 2])
            let (third, fourth) = (recent[age: 1], recent[age: 0])
            let bodies = first.realBody > firstBody.average(of: first)
                && second.realBody < secondBody.average(of: second)
                && third.realBody < thirdBody.average(of: third)
                && fourth.realBody < fourthBody.average(of: fourth)
                && first.color == 1 && second.color == -1 && bar.color == 1
                && realBodyGapUp(second, first)
            let floor = first.close - first.realBody * penetration
            let reaction = third.bodyBottom < first.close && fourth.bodyBottom < first.close
                && third.bodyBottom > floor && fourth.bodyBottom > floor
                && third.bodyTop < second.open && fourth.bodyTop < third.bodyTop
            let resumption = bar.open > fourth.close
                && bar.close > max(max(second.high, third.high), fourth.high)
            signal = bodies && reaction && resumption ? 100 : 0
        }
        firstBody.push(bar)
        secondBody.push(bar)
        thirdBody.push(bar)
        fourthBody.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(
        open: [Double], high: [Double], low: [Double], close: [Double], penetration: Double = 0.5
    ) -> [Int32] {
        signals(CDLMATHOLD(penetration: penetration), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
