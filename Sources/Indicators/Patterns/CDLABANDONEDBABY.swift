/// Abandoned Baby: a long candle, a doji gapping away from it (shadows not touching), then an
/// opposite candle gapping back and closing well into the first body. +100 bottom, −100 top.
/// `penetration` is the fraction of the first body the third candle must close beyond its close.
public struct CDLABANDONEDBABY: CatalogIndicator {
    public static let functionName = "CDLABANDONEDBABY"

    public let penetration: Double
    private var candles = StarShape(star: .bodyDoji)

    /// - Parameter penetration: fraction of the first body, ≥ 0 (TA-Lib's default 0.3).
    public init(penetration: Double = 0.3) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLABANDONEDBABY penetration must be 0…3e37")
        self.penetration = penetration
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let (first, star) = candles.firstAndStar else { return nil }
        let baby = candles.hasBodies(first, star, bar)
            && ((first.color == 1 && bar.color == -1
                    && bar.close < first.close - first.realBody * penetration
                    && candleGapUp(star, first) && candleGapDown(bar, star))
                || (first.color == -1 && bar.color == 1
                    && bar.close > first.close + first.realBody * penetration
                    && candleGapDown(star, first) && candleGapUp(bar, star)))
        return baby ? Int32(bar.color * 100) : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(
        open: [Double], high: [Double], low: [Double], close: [Double], penetration: Double = 0.3
    ) -> [Int32] {
        signals(CDLABANDONEDBABY(penetration: penetration), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
