/// Evening Doji Star: a long white candle, a doji whose body gaps up, then a black candle closing
/// well into the white body. −100 (bearish). `penetration` is the fraction of the white body the
/// black candle must close below the white close.
public struct CDLEVENINGDOJISTAR: CatalogIndicator {
    public static let functionName = "CDLEVENINGDOJISTAR"

    public let penetration: Double
    private var candles = StarShape(star: .bodyDoji)

    /// - Parameter penetration: fraction of the first body, ≥ 0 (TA-Lib's default 0.3).
    public init(penetration: Double = 0.3) {
        precondition(penetration >= 0 && penetration <= 3e37, "CDLEVENINGDOJISTAR penetration must be 0…3e37")
        self.penetration = penetration
    }

    public init(parameters: ParameterValues) {
        self.init(penetration: parameters.real("penetration"))
    }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let (first, star) = candles.firstAndStar else { return nil }
        return candles.isEveningStar(first, star, bar, penetration: penetration) ? -100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(
        open: [Double], high: [Double], low: [Double], close: [Double], penetration: Double = 0.3
    ) -> [Int32] {
        signals(CDLEVENINGDOJISTAR(penetration: penetration), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
