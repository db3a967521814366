/// MACD with TA-Lib's fixed 12/26 EMAs, whose factors are the rounded 0.15 and 0.075 rather than
/// 2/13 and 2/27; only the signal period is chosen.
///
/// TA-Lib's `MACDFIX` (lookback `25 + signalperiod − 1`).
public struct MACDFIX: CatalogIndicator {
    public static let functionName = "MACDFIX"

    public typealias Value = MACD.Value
    public typealias Series = MACD.Series

    public let signalperiod: Int
    private var engine: MovingAverageConvergence<EMA>

    /// - Parameter signalperiod: periods of the signal EMA, 1…100000 (default 9).
    public init(signalperiod: Int = 9) {
        precondition((1...100_000).contains(signalperiod), "MACDFIX signalperiod must be 1…100000")
        self.signalperiod = signalperiod
        engine = MovingAverageConvergence(
            fast: EMA(timeperiod: 12, k: 0.15), slow: EMA(timeperiod: 26, k: 0.075),
            signal: EMA(timeperiod: signalperiod))
    }

    public init(parameters: ParameterValues) {
        self.init(signalperiod: parameters.int("signalperiod"))
    }

    public var lookback: Int { engine.lookback }

    public mutating func update(_ value: Double) -> Value? { engine.update(value) }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(_ real: [Double], signalperiod: Int = 9) -> Series {
        Series(columns(MACDFIX(signalperiod: signalperiod), count: real.count) { real[$0] })
    }
}
