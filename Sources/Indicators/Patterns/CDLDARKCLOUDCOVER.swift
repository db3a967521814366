/// Dark Cloud Cover: a long white candle, then a black candle opening above its high and closing
/// well into its body. −100 (bearish). `penetration` is the fraction of the white body the black
/// candle must close below the white close.
public struct CDLDARKCLOUDCOVER: CatalogIndicator {
    public static let functionName = "CDLDARKCLOUDCOVER"

    public let penetration: Double
    public let lookback: Int
    private var bodyLong: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    /// - Parameter penetration: fraction of the white body, ≥ 0 (TA-Lib's default 0.5).
    public init(penetration: Double = 0.5) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLDARKCLOUDCOVER penetration must be 0…3e37")
        self.penetration = penetration
        lookback = CandleSetting.bodyLong.avgPeriod + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let cover = previous.color == 1 && previous.realBody > bodyLong.average(of: previous)
                && bar.color == -1
                && bar.open > previous.high
                && bar.close > previous.open
                && bar.close < previous.close - previous.realBody * penetration
            signal = cover ? -100 : 0
        }
        bodyLong.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(
        open: [Double], high: [Double], low: [Double], close: [Double], penetration: Double = 0.5
    ) -> [Int32] {
        signals(CDLDARKCLOUDCOVER(penetration: penetration), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
