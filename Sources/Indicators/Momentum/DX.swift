/// Directional movement index: |+DI − −DI| / (+DI + −DI) × 100, how one-sided recent movement
/// was, whatever its direction; high values mean a strong trend.
///
/// TA-Lib's `DX` (lookback `timeperiod`), on +DI and −DI smoothed as in `PLUS_DI`; where the
/// true range is not positive or the DI sum is zero it repeats the previous value (0 at first).
public struct DX: CatalogIndicator {
    public static let functionName = "DX"

    public let timeperiod: Int
    private var movement: WilderDirectionalMovement
    private var previous = 0.0

    /// - Parameter timeperiod: bars smoothed, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "DX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        movement = WilderDirectionalMovement(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard movement.update(bar), movement.isSmoothed else { return nil }
        previous = movement.directionalIndex ?? previous
        return previous
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "DX inputs differ in length")
        return series(DX(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
