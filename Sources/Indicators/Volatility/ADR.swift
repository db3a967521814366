/// Average day range: the mean of high − low over the last `timeperiod` bars, how far price
/// travels within a bar (unlike ATR, gaps between bars are left out).
///
/// TA-Lib's `ADR` (TA-Lib 0.8, lookback `timeperiod − 1`): `SMA` of the range, bit for bit.
public struct ADR: CatalogIndicator {
    public static let functionName = "ADR"

    public let timeperiod: Int
    private var average: SMA

    /// - Parameter timeperiod: bars averaged, 1…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "ADR timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        average = SMA(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        average.update(bar.high - bar.low)
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 14) -> [Double] {
        series(ADR(timeperiod: timeperiod), count: low.count) { PriceBar(high: high[$0], low: low[$0]) }
    }
}
