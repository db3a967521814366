/// True strength index: the one-bar momentum double-smoothed by EMAs, over its absolute value
/// smoothed the same way, times 100; a −100…100 momentum gauge with little lag.
///
/// TA-Lib's `TSI` (lookback `1 + firstperiod − 1 + secondperiod − 1`): each EMA seeded with the
/// mean of its first inputs; a zero smoothed magnitude gives 0.
public struct TSI: CatalogIndicator {
    public static let functionName = "TSI"

    public let firstperiod: Int
    public let secondperiod: Int
    private var momentumFirst: EMA
    private var magnitudeFirst: EMA
    private var momentumSecond: EMA
    private var magnitudeSecond: EMA
    private var previous: Double?

    /// - Parameters:
    ///   - firstperiod: periods of the EMA applied to the momentum, 2…100000 (default 25).
    ///   - secondperiod: periods of the EMA applied to that, 2…100000 (default 13).
    public init(firstperiod: Int = 25, secondperiod: Int = 13) {
        precondition((2...100_000).contains(firstperiod), "TSI firstperiod must be 2…100000")
        precondition((2...100_000).contains(secondperiod), "TSI secondperiod must be 2…100000")
        self.firstperiod = firstperiod
        self.secondperiod = secondperiod
        momentumFirst = EMA(timeperiod: firstperiod)
        magnitudeFirst = EMA(timeperiod: firstperiod)
        momentumSecond = EMA(timeperiod: secondperiod)
        magnitudeSecond = EMA(timeperiod: secondperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(firstperiod: parameters.int("firstperiod"), secondperiod: parameters.int("secondperiod"))
    }

    public var lookback: Int { firstperiod + secondperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        defer { previous = value }
        guard let previous else { return nil }
        let momentum = value - previous
        let magnitude = abs(momentum)
        let smoothedMagnitude = magnitudeFirst.update(magnitude)
        guard let smoothedMomentum = momentumFirst.update(momentum), let smoothedMagnitude else { return nil }
        let denominator = magnitudeSecond.update(smoothedMagnitude)
        guard let numerator = momentumSecond.update(smoothedMomentum), let denominator else { return nil }
        return denominator > 0 ? 100.0 * numerator / denominator : 0
    }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(_ real: [Double], firstperiod: Int = 25, secondperiod: Int = 13) -> [Double] {
        series(TSI(firstperiod: firstperiod, secondperiod: secondperiod), count: real.count) { real[$0] }
    }
}
