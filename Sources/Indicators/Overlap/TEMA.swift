/// Triple exponential moving average (Mulloy): `3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))`, an EMA with
/// even less lag than DEMA.
///
/// TA-Lib's `TEMA` (lookback `3·(timeperiod − 1)`): each EMA is seeded from the previous one's
/// first `timeperiod` values; a period of 1 copies the input.
public struct TEMA: CatalogIndicator {
    public static let functionName = "TEMA"

    public let timeperiod: Int
    private var first: EMA
    private var second: EMA
    private var third: EMA

    /// - Parameter timeperiod: the period of the three EMAs, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "TEMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        first = EMA(timeperiod: timeperiod)
        second = EMA(timeperiod: timeperiod)
        third = EMA(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { 3 * (timeperiod - 1) }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        guard let ema1 = first.update(value), let ema2 = second.update(ema1), let ema3 = third.update(ema2)
        else { return nil }
        return ema3 + ((3.0 * ema1) - (3.0 * ema2))
    }

    /// The batch form: NaN for the first `3·(timeperiod − 1)` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(TEMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
