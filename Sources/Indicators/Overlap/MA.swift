/// Moving average of the chosen type: TA-Lib's `MA`, dispatching to SMA, EMA, WMA, DEMA, TEMA,
/// TRIMA, KAMA, MAMA or T3 as ``MovingAverage`` does (a period of 1 copies the input).
public struct MA: CatalogIndicator {
    public static let functionName = "MA"

    public let timeperiod: Int
    public let matype: MAType
    private var average: MovingAverage

    /// - Parameters:
    ///   - timeperiod: the period of the average, 1…100000 (TA-Lib's range; default 30).
    ///   - matype: which average (default SMA).
    public init(timeperiod: Int = 30, matype: MAType = .sma) {
        precondition((1...100_000).contains(timeperiod), "MA timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        self.matype = matype
        average = MovingAverage(timeperiod: timeperiod, matype: matype)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"), matype: parameters.maType("matype"))
    }

    public var lookback: Int { average.lookback }

    public mutating func update(_ value: Double) -> Double? {
        average.update(value)
    }

    /// The batch form: NaN before the chosen average's lookback.
    public static func compute(_ real: [Double], timeperiod: Int = 30, matype: MAType = .sma) -> [Double] {
        series(MA(timeperiod: timeperiod, matype: matype), count: real.count) { real[$0] }
    }
}
