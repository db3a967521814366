/// Average directional movement index: DX smoothed Wilder's way, the strength of the trend
/// (not its direction); above about 25 is commonly read as trending.
///
/// TA-Lib's `ADX` (lookback `2 × timeperiod − 1`): seeded with the mean of the first
/// `timeperiod` DX values, then `(ADX × (timeperiod − 1) + DX) / timeperiod`; bars where DX is
/// undefined (true range not positive, or zero DI sum) add nothing to the seed and leave the
/// ADX unchanged.
public struct ADX: CatalogIndicator {
    public static let functionName = "ADX"

    public let timeperiod: Int
    private let divisor: Double
    private var movement: WilderDirectionalMovement
    private var average = 0.0 // the sum of the DX values until `indices` reaches the period
    private var indices = 0

    /// - Parameter timeperiod: bars smoothed, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "ADX timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        divisor = Double(timeperiod)
        movement = WilderDirectionalMovement(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { 2 * timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        guard movement.update(bar), movement.isSmoothed else { return nil }
        let index = movement.directionalIndex
        if indices < timeperiod {
            indices += 1
            if let index { average += index }
            guard indices == timeperiod else { return nil }
            average /= divisor
        } else if let index {
            average = (average * Double(timeperiod - 1) + index) / divisor
        }
        return average
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `2 × timeperiod − 1` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "ADX inputs differ in length")
        return series(ADX(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
