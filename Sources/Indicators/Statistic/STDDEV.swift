/// Standard deviation: the square root of the population variance over the last `timeperiod`
/// values, times `nbdev`. Wider means a more volatile series.
///
/// TA-Lib's `STDDEV` (lookback `timeperiod − 1`): the square root of ``VAR``, which already
/// gives exactly 0 where the window's spread is rounding noise.
public struct STDDEV: CatalogIndicator {
    public static let functionName = "STDDEV"

    public let timeperiod: Int
    public let nbdev: Double
    private var variance: VAR

    /// - Parameters:
    ///   - timeperiod: values in the window, 2…100000 (default 5).
    ///   - nbdev: multiplier of the deviation (default 1).
    public init(timeperiod: Int = 5, nbdev: Double = 1) {
        precondition((2...100_000).contains(timeperiod), "STDDEV timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.nbdev = nbdev
        self.variance = VAR(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), nbdev: parameters.real("nbdev"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ value: Double) -> Double? {
        variance.update(value).map { $0.squareRoot() * nbdev }
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(_ real: [Double], timeperiod: Int = 5, nbdev: Double = 1) -> [Double] {
        series(STDDEV(timeperiod: timeperiod, nbdev: nbdev), count: real.count) { real[$0] }
    }
}
