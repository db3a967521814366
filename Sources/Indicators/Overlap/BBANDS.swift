/// Bollinger Bands: a moving average with bands `nbdevup` and `nbdevdn` population standard
/// deviations above and below it; the bands widen with volatility, and closes outside them are
/// stretched moves.
///
/// TA-Lib's `BBANDS` (lookback: the average's, at least `timeperiod − 1`), with TA-Lib 0.8's
/// cancellation-free deviation (the root of ``VAR``), started where TA-Lib's STDDEV starts.
public struct BBANDS: CatalogIndicator {
    public static let functionName = "BBANDS"

    /// The three bands of one bar.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var upperband: Double
        public var middleband: Double
        public var lowerband: Double

        public static var componentCount: Int { 3 }
        public func component(_ index: Int) -> Double {
            switch index {
            case 0: upperband
            case 1: middleband
            default: lowerband
            }
        }
    }

    /// The three bands, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var upperband: [Double]
        public var middleband: [Double]
        public var lowerband: [Double]
    }

    public let timeperiod: Int
    public let nbdevup: Double
    public let nbdevdn: Double
    public let matype: MAType
    public let lookback: Int
    private var average: MovingAverage
    private var variance: VAR
    private let deviationStart: Int // the bar TA-Lib's STDDEV starts from
    private var bars = 0

    /// - Parameters:
    ///   - timeperiod: the period of the average and the deviation, 2…100000 (default 20).
    ///   - nbdevup: deviations from the middle to the upper band (default 2).
    ///   - nbdevdn: deviations from the middle to the lower band (default 2).
    ///   - matype: the middle band's average (default SMA).
    public init(timeperiod: Int = 20, nbdevup: Double = 2, nbdevdn: Double = 2, matype: MAType = .sma) {
        precondition((2...100_000).contains(timeperiod), "BBANDS timeperiod must be 2…100000")
        precondition((-3e37...3e37).contains(nbdevup), "BBANDS nbdevup must be −3e37…3e37")
        precondition((-3e37...3e37).contains(nbdevdn), "BBANDS nbdevdn must be −3e37…3e37")
        self.timeperiod = timeperiod
        self.nbdevup = nbdevup
        self.nbdevdn = nbdevdn
        self.matype = matype
        average = MovingAverage(timeperiod: timeperiod, matype: matype)
        lookback = max(average.lookback, timeperiod - 1)
        variance = VAR(timeperiod: timeperiod)
        deviationStart = lookback - (timeperiod - 1)
    }

    public init(parameters: ParameterValues) {
        self.init(
            timeperiod: parameters.int("timeperiod"), nbdevup: parameters.real("nbdevup"),
            nbdevdn: parameters.real("nbdevdn"), matype: parameters.maType("matype"))
    }

    public mutating func update(_ value: Double) -> Value? {
        let today = bars
        bars += 1
        let middle = average.update(value)
        guard today >= deviationStart, let square = variance.update(value), let middle else { return nil }
        let spread = square != 0.0 ? square.squareRoot() : 0.0
        if nbdevup == nbdevdn {
            let width = spread * nbdevup
            return Value(upperband: middle + width, middleband: middle, lowerband: middle - width)
        }
        return Value(
            upperband: middle.addingProduct(spread, nbdevup), middleband: middle,
            lowerband: middle - spread * nbdevdn)
    }

    /// The batch form: NaN before the lookback.
    public static func compute(
        _ real: [Double], timeperiod: Int = 20, nbdevup: Double = 2, nbdevdn: Double = 2, matype: MAType = .sma
    ) -> Series {
        let bands = columns(
            BBANDS(timeperiod: timeperiod, nbdevup: nbdevup, nbdevdn: nbdevdn, matype: matype),
            count: real.count) { real[$0] }
        return Series(upperband: bands[0], middleband: bands[1], lowerband: bands[2])
    }
}
