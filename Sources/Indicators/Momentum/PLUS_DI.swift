/// Plus directional indicator: smoothed +DM as a percentage of the smoothed true range, the
/// share of recent range that was upward movement; +DI above −DI suggests an up-trend.
///
/// TA-Lib's `PLUS_DI` (lookback `timeperiod`): +DM and TR summed over `timeperiod − 1` moves,
/// then smoothed Wilder's way; 0 unless the true range is positive. A period of 1 gives the
/// one-bar +DM / TR as a fraction (not a percentage), as TA-Lib does.
public struct PLUS_DI: CatalogIndicator {
    public static let functionName = "PLUS_DI"

    public let timeperiod: Int
    private var movement: WilderDirectionalMovement

    /// - Parameter timeperiod: bars smoothed, 1…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "PLUS_DI timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        movement = WilderDirectionalMovement(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        movement.update(bar) ? movement.indicator(.plus) : nil
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "PLUS_DI inputs differ in length")
        return series(PLUS_DI(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
