/// Mass Index (Dorsey): the sum over `slowperiod` bars of EMA(range) / EMA(EMA(range)), which
/// swells as the high-low range widens. With the defaults, a rise above 27 and a fall back below
/// 26.5 (the "reversal bulge") warns of a turn, whatever its direction.
///
/// TA-Lib's `MASSI` (TA-Lib 0.8, lookback 2 × (`fastperiod` − 1) + `slowperiod` − 1): both
/// averages are `EMA(fastperiod)`, the second seeded from the first's first values; the ratio is
/// 1 where the double average is 0, and the sum is kept as `SUM` keeps it.
public struct MASSI: CatalogIndicator {
    public static let functionName = "MASSI"

    public let fastperiod: Int
    public let slowperiod: Int
    private var single: EMA
    private var double: EMA
    private var total: SUM

    /// - Parameters:
    ///   - fastperiod: period of both EMAs of the range, 2…100000 (default 9).
    ///   - slowperiod: bars the ratio is summed over, 2…100000 (default 25).
    public init(fastperiod: Int = 9, slowperiod: Int = 25) {
        precondition((2...100_000).contains(fastperiod), "MASSI fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "MASSI slowperiod must be 2…100000")
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        single = EMA(timeperiod: fastperiod)
        double = EMA(timeperiod: fastperiod)
        total = SUM(timeperiod: slowperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"))
    }

    public var lookback: Int { 2 * (fastperiod - 1) + slowperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard let first = single.update(bar.high - bar.low), let second = double.update(first) else { return nil }
        return total.update(second == 0 ? 1 : first / second)
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(high: [Double], low: [Double], fastperiod: Int = 9, slowperiod: Int = 25) -> [Double] {
        series(MASSI(fastperiod: fastperiod, slowperiod: slowperiod), count: low.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}
