/// TRIX: the one-bar rate of change, in percent, of a triple-smoothed EMA; the smoothing strips
/// out moves shorter than the period, so its zero crossings mark turns in the underlying trend.
///
/// TA-Lib's `TRIX` (lookback `3 × (timeperiod − 1) + 1`): three chained EMAs, each seeded with
/// the mean of its first `timeperiod` inputs; a zero previous value gives 0.
public struct TRIX: CatalogIndicator {
    public static let functionName = "TRIX"

    public let timeperiod: Int
    private var first: EMA
    private var second: EMA
    private var third: EMA
    private var previous: Double?

    /// - Parameter timeperiod: periods of each EMA, 1…100000 (default 30).
    public init(timeperiod: Int = 30) {
        precondition((1...100_000).contains(timeperiod), "TRIX timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        first = EMA(timeperiod: timeperiod)
        second = EMA(timeperiod: timeperiod)
        third = EMA(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { 3 * (timeperiod - 1) + 1 }

    public mutating func update(_ value: Double) -> Double? {
        guard let once = first.update(value), let twice = second.update(once),
            let smoothed = third.update(twice)
        else { return nil }
        defer { previous = smoothed }
        guard let previous else { return nil }
        return previous != 0 ? ((smoothed / previous) - 1.0) * 100.0 : 0
    }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(_ real: [Double], timeperiod: Int = 30) -> [Double] {
        series(TRIX(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
