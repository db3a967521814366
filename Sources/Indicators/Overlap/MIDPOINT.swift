/// Midpoint over period: halfway between the highest and the lowest of the last `timeperiod`
/// values, the centre of the recent range.
///
/// TA-Lib's `MIDPOINT` (lookback `timeperiod − 1`), with TA-Lib 0.8's block-wise extremes
/// (``RollingExtreme``, as MAX and MIN), so NaN values inside the window are handled exactly as
/// TA-Lib handles them.
public struct MIDPOINT: CatalogIndicator {
    public static let functionName = "MIDPOINT"

    public let timeperiod: Int
    private var highest: RollingExtreme<Highest>
    private var lowest: RollingExtreme<Lowest>

    /// - Parameter timeperiod: the window, 2…100000 (TA-Lib's range; default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "MIDPOINT timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        highest = RollingExtreme(period: timeperiod)
        lowest = RollingExtreme(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        let high = highest.update(value), low = lowest.update(value)
        guard let high, let low else { return nil }
        return (high + low) / 2.0
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(MIDPOINT(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
