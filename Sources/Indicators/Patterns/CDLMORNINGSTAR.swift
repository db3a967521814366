/// Morning Star: a long black candle, a short candle gapping down below it, then a white candle
/// closing well into the first body. +100. `penetration` is the fraction of the first body the
/// third candle must close above the first close.
public struct CDLMORNINGSTAR: CatalogIndicator {
    public static let functionName = "CDLMORNINGSTAR"

    public let penetration: Double
    private var candles = StarShape(star: .bodyShort)

    /// - Parameter penetration: fraction of the first body, ≥ 0 (TA-Lib's default 0.3).
    public init(penetration: Double = 0.3) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLMORNINGSTAR penetration must be 0…3e37")
        self.penetration = penetration
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let (first, star) = candles.firstAndStar else { return nil }
        return candles.isMorningStar(first, star, bar, penetration: penetration) ? 100 : 0
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
