/// MACD with a moving-average type chosen for each of its three averages.
///
/// TA-Lib's `MACDEXT` (lookback the longer line average's plus the signal average's): the
/// periods (with their types) are swapped if given in the wrong order, and both line averages
/// are started so that their first values fall on the same bar.
public struct MACDEXT: CatalogIndicator {
    public static let functionName = "MACDEXT"

    public typealias Value = MACD.Value
    public typealias Series = MACD.Series

    public let fastperiod: Int
    public let fastmatype: MAType
    public let slowperiod: Int
    public let slowmatype: MAType
    public let signalperiod: Int
    public let signalmatype: MAType
    private var engine: MovingAverageConvergence<MovingAverage>

    /// - Parameters:
    ///   - fastperiod: periods of the fast average, 2…100000 (default 12).
    ///   - fastmatype: type of the fast average (default SMA).
    ///   - slowperiod: periods of the slow average, 2…100000 (default 26).
    ///   - slowmatype: type of the slow average (default SMA).
    ///   - signalperiod: periods of the signal average, 1…100000 (default 9).
    ///   - signalmatype: type of the signal average (default SMA).
    public init(
        fastperiod: Int = 12, fastmatype: MAType = .sma, slowperiod: Int = 26, slowmatype: MAType = .sma,
        signalperiod: Int = 9, signalmatype: MAType = .sma
    ) {
        precondition((2...100_000).contains(fastperiod), "MACDEXT fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "MACDEXT slowperiod must be 2…100000")
        precondition((1...100_000).contains(signalperiod), "MACDEXT signalperiod must be 1…100000")
        self.fastperiod = fastperiod
        self.fastmatype = fastmatype
        self.slowperiod = slowperiod
        self.slowmatype = slowmatype
        self.signalperiod = signalperiod
        self.signalmatype = signalmatype
        var fast = (fastperiod, fastmatype), slow = (slowperiod, slowmatype)
        if slow.0 < fast.0 { swap(&fast, &slow) }
        engine = MovingAverageConvergence(
            fast: MovingAverage(timeperiod: fast.0, matype: fast.1),
            slow: MovingAverage(timeperiod: slow.0, matype: slow.1),
            signal: MovingAverage(timeperiod: signalperiod, matype: signalmatype))
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastperiod: parameters.int("fastperiod"), fastmatype: parameters.maType("fastmatype"),
            slowperiod: parameters.int("slowperiod"), slowmatype: parameters.maType("slowmatype"),
            signalperiod: parameters.int("signalperiod"), signalmatype: parameters.maType("signalmatype"))
    }

    public var lookback: Int { engine.lookback }

    public mutating func update(_ value: Double) -> Value? { engine.update(value) }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(
        _ real: [Double], fastperiod: Int = 12, fastmatype: MAType = .sma, slowperiod: Int = 26,
        slowmatype: MAType = .sma, signalperiod: Int = 9, signalmatype: MAType = .sma
    ) -> Series {
        let indicator = MACDEXT(
            fastperiod: fastperiod, fastmatype: fastmatype, slowperiod: slowperiod, slowmatype: slowmatype,
            signalperiod: signalperiod, signalmatype: signalmatype)
        return Series(columns(indicator, count: real.count) { real[$0] })
    }
}
