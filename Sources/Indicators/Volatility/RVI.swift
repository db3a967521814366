/// Relative Volatility Index (Dorsey): RSI's formula fed with volatility instead of price change,
/// 0…100. Above 50 most recent volatility came on up bars; it is read as a confirmation filter.
///
/// TA-Lib's `RVI` (TA-Lib 0.8, lookback `stddevperiod − 1 + timeperiod − 1`). Each bar's standard
/// deviation of the last `stddevperiod` values goes to the up leg when the value rose and to the
/// down leg when it fell; both legs are Wilder-smoothed from the plain mean of their first
/// `timeperiod` bars, and RVI = 100 × up / (up + down), 50 when both are 0.
public struct RVI: CatalogIndicator {
    public static let functionName = "RVI"

    public let timeperiod: Int
    public let stddevperiod: Int
    private let beta: Double
    private let alpha: Double
    private var variance: VAR // its square root is the deviation, exactly as STDDEV takes it
    private var previous: Double?
    private var seeded = 0
    private var up = 0.0
    private var down = 0.0

    /// - Parameters:
    ///   - timeperiod: Wilder smoothing period of both legs, 1…100000 (default 14).
    ///   - stddevperiod: values in each standard deviation, 2…100000 (default 10).
    public init(timeperiod: Int = 14, stddevperiod: Int = 10) {
        precondition((1...100_000).contains(timeperiod), "RVI timeperiod must be 1…100000")
        precondition((2...100_000).contains(stddevperiod), "RVI stddevperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.stddevperiod = stddevperiod
        beta = Double(timeperiod - 1) / Double(timeperiod)
        alpha = 1.0 - beta
        variance = VAR(timeperiod: stddevperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), stddevperiod: parameters.int("stddevperiod"))
    }

    public var lookback: Int { stddevperiod - 1 + timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        let sigma = variance.update(value).map { $0.squareRoot() }
        let last = previous
        previous = value
        guard let sigma, let last else { return nil }
        let change = value - last
        let upValue = change > 0 ? sigma : 0.0
        let downValue = change < 0 ? sigma : 0.0
        if seeded < timeperiod {
            up += upValue
            down += downValue
            seeded += 1
            guard seeded == timeperiod else { return nil }
            up /= Double(timeperiod)
            down /= Double(timeperiod)
        } else {
            up = (alpha * upValue).addingProduct(beta, up)
            down = (alpha * downValue).addingProduct(beta, down)
        }
        let total = up + down
        return total == 0 ? 50 : 100 * (up / total)
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14, stddevperiod: Int = 10) -> [Double] {
        series(RVI(timeperiod: timeperiod, stddevperiod: stddevperiod), count: real.count) { real[$0] }
    }
}
