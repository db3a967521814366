/// Moving average convergence/divergence: the fast EMA of the price minus its slow EMA (the MACD
/// line), an EMA of that line (the signal) and their difference (the histogram). Crossings of
/// the signal and of zero are the usual readings.
///
/// TA-Lib's `MACD` (lookback `slowperiod − 1 + signalperiod − 1`): the periods are swapped if
/// given in the wrong order, and the fast EMA is seeded on the bars just before the slow one's
/// first value, so both EMAs start on the same bar.
public struct MACD: CatalogIndicator {
    public static let functionName = "MACD"

    /// One bar of MACD, MACDEXT or MACDFIX.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var macd: Double
        public var macdsignal: Double
        public var macdhist: Double

        public init(macd: Double, macdsignal: Double, macdhist: Double) {
            self.macd = macd
            self.macdsignal = macdsignal
            self.macdhist = macdhist
        }

        public static var componentCount: Int { 3 }

        public func component(_ index: Int) -> Double {
            switch index {
            case 0: macd
            case 1: macdsignal
            default: macdhist
            }
        }
    }

    /// The batch outputs of MACD, MACDEXT or MACDFIX, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var macd: [Double]
        public var macdsignal: [Double]
        public var macdhist: [Double]

        init(_ columns: [[Double]]) {
            macd = columns[0]
            macdsignal = columns[1]
            macdhist = columns[2]
        }
    }

    public let fastperiod: Int
    public let slowperiod: Int
    public let signalperiod: Int
    private var engine: MovingAverageConvergence<EMA>

    /// - Parameters:
    ///   - fastperiod: periods of the fast EMA, 2…100000 (default 12).
    ///   - slowperiod: periods of the slow EMA, 2…100000 (default 26).
    ///   - signalperiod: periods of the signal EMA, 1…100000 (default 9).
    public init(fastperiod: Int = 12, slowperiod: Int = 26, signalperiod: Int = 9) {
        precondition((2...100_000).contains(fastperiod), "MACD fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "MACD slowperiod must be 2…100000")
        precondition((1...100_000).contains(signalperiod), "MACD signalperiod must be 1…100000")
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        self.signalperiod = signalperiod
        engine = MovingAverageConvergence(
            fast: EMA(timeperiod: min(fastperiod, slowperiod)), slow: EMA(timeperiod: max(fastperiod, slowperiod)),
            signal: EMA(timeperiod: signalperiod))
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"),
            signalperiod: parameters.int("signalperiod"))
    }

    public var lookback: Int { engine.lookback }

    public mutating func update(_ value: Double) -> Value? { engine.update(value) }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(
        _ real: [Double], fastperiod: Int = 12, slowperiod: Int = 26, signalperiod: Int = 9
    ) -> Series {
        let indicator = MACD(fastperiod: fastperiod, slowperiod: slowperiod, signalperiod: signalperiod)
        return Series(columns(indicator, count: real.count) { real[$0] })
    }
}
