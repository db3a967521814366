/// Minus directional movement: how far lows push below the previous low (when that beats the
/// push above the previous high), summed Wilder's way; the raw down-trend strength behind −DI.
///
/// TA-Lib's `MINUS_DM` (lookback `timeperiod − 1`): the first output is the plain sum of the
/// first `timeperiod − 1` one-bar moves, then `DM − DM/timeperiod + today's`. A period of 1
/// gives the one-bar move.
public struct MINUS_DM: CatalogIndicator {
    public static let functionName = "MINUS_DM"

    public let timeperiod: Int
    private var movement: WilderDirectionalMovement

    /// - Parameter timeperiod: bars smoothed, 1…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "MINUS_DM timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        movement = WilderDirectionalMovement(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { max(timeperiod - 1, 1) }

    public mutating func update(_ bar: PriceBar) -> Double? {
        movement.update(bar) ? movement.movement(.minus) : nil
    }

    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars (1 for a period of 1).
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == low.count, "MINUS_DM inputs differ in length")
        return series(MINUS_DM(timeperiod: timeperiod), count: low.count) { PriceBar(high: high[$0], low: low[$0]) }
    }
}
