/// Morning Doji Star: a long black candle, a doji gapping down below it, then a white candle
/// closing well into the first body. +100. `penetration` is the fraction of the first body the
/// third candle must close above the first close.
public struct CDLMORNINGDOJISTAR: CatalogIndicator {
    public static let functionName = "CDLMORNINGDOJISTAR"

    public let penetration: Double
    public let lookback: Int
    private var bodyLong: CandleAverage
    private var bodyDoji: CandleAverage
    private var bodyShort: CandleAverage
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    /// - Parameter penetration: fraction of the first body, ≥ 0 (TA-Lib's default 0.3).
    public init(penetration: Double = 0.3) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLMORNINGDOJISTAR penetration must be 0…3e37")
        self.penetration = penetration
        lookback = max(
            CandleSetting.bodyDoji.avgPeriod, CandleSetting.bodyLong.avgPeriod,
            CandleSetting.bodyShort.avgPeriod) + 2
        bodyLong = CandleAverage(.bodyLong, offset: 2, lookback: lookback)
        bodyDoji = CandleAverage(.bodyDoji, offset: 1, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let star = first.realBody > bodyLong.average(of: first) && first.color == -1
                && second.realBody <= bodyDoji.average(of: second) && realBodyGapDown(second, first)
                && bar.realBody > bodyShort.average(of: bar) && bar.color == 1
                && bar.close > first.close + first.realBody * penetration
            signal = star ? 100 : 0
        }
        bodyLong.push(bar)
        bodyDoji.push(bar)
        bodyShort.push(bar)
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(
        open: [Double], high: [Double], low: [Double], close: [Double], penetration: Double = 0.3
    ) -> [Int32] {
        signals(CDLMORNINGDOJISTAR(penetration: penetration), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
