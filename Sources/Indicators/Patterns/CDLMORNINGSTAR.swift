/// Morning Star: a long black candle, a short candle gapping down below it, then a white candle
/// closing well into the first body. +100. `penetration` is the fraction of the first body the
/// third candle must close above the first close.
public struct CDLMORNINGSTAR: CatalogIndicator {
    public static let functionName = "CDLMORNINGSTAR"

    public let penetration: Double
    public let lookback: Int
    private var bodyLong: CandleAverage
    private var starBody: CandleAverage
    private var thirdBody: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    /// - Parameter penetration: fraction of the first body, ≥ 0 (TA-Lib's default 0.3).
    public init(penetration: Double = 0.3) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLMORNINGSTAR penetration must be 0…3e37")
        self.penetration = penetration
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 2
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        starBody = CandleAverage(.bodyShort, offset: 1, lookback: lookback)
        thirdBody = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let star = first.realBody > bodyLong.average(of: first) && first.color == -1
                && second.realBody <= starBody.average(of: second) && realBodyGapDown(second, first)
                && bar.realBody > thirdBody.average(of: bar) && bar.color == 1
                && bar.close > first.close + first.realBody * penetration
            signal = star ? 100 : 0
        }
        bodyLong.push(bar)
        starBody.push(bar)
        thirdBody.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(
        open: [Double], high: [Double], low: [Double], close: [Double], penetration: Double = 0.3
    ) -> [Int32] {
        signals(CDLMORNINGSTAR(penetration: penetration), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
