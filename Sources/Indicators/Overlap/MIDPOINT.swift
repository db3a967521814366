/// Midpoint over period: halfway between the highest and the lowest of the last `timeperiod`
/// values, the centre of the recent range.
///
/// TA-Lib's `MIDPOINT` (lookback `timeperiod − 1`), with TA-Lib 0.8's block-wise extremes, so NaN
/// values inside the window are handled exactly as TA-Lib handles them.
public struct MIDPOINT: CatalogIndicator {
    public static let functionName = "MIDPOINT"

    public let timeperiod: Int
    private var range: OverlapBlockRange

    /// - Parameter timeperiod: the window, 2…100000 (TA-Lib's range; default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "MIDPOINT timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        range = OverlapBlockRange(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let extremes = range.push(high: value, low: value) else { return nil }
        return (extremes.highest + extremes.lowest) / 2.0
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(MIDPOINT(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
