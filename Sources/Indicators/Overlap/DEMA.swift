/// Double exponential moving average (Mulloy): `2·EMA − EMA(EMA)`, an EMA with most of its lag
/// removed.
///
/// TA-Lib's `DEMA` (lookback `2·(timeperiod − 1)`): the second EMA is seeded from the first
/// EMA's own first `timeperiod` values; a period of 1 copies the input.
public struct DEMA: CatalogIndicator {
    public static let functionName = "DEMA"

    public let timeperiod: Int
    private var first: EMA
    private var second: EMA

    /// - Parameter timeperiod: the period of both EMAs, 1…100000 (TA-Lib's range; default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "DEMA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        first = EMA(timeperiod: timeperiod)
        second = EMA(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { 2 * (timeperiod - 1) }

    public mutating func update(_ value: Double) -> Double? {
        guard timeperiod > 1 else { return value }
        guard let ema = first.update(value), let emaOfEMA = second.update(ema) else { return nil }
        return (2.0 * ema) - emaOfEMA
    }

    /// The batch form: NaN for the first `2·(timeperiod − 1)` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(DEMA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
