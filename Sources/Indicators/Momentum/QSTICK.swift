/// Qstick: the simple moving average of candle bodies (close − open); above zero when recent
/// candles were mostly bullish, and its zero crossings are the signal.
///
/// TA-Lib's `QSTICK` (lookback `timeperiod − 1`), summed in the order of its SMA.
public struct QSTICK: CatalogIndicator {
    public static let functionName = "QSTICK"

    public let timeperiod: Int
    private var bodies: RunningTotal

    /// - Parameter timeperiod: candles averaged, 1…100000 (default 10).
    public init(timeperiod: Int = 10) {
        precondition((1...100_000).contains(timeperiod), "QSTICK timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        bodies = RunningTotal(count: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        bodies.update(bar.close - bar.open).map { $0 / Double(timeperiod) }
    }

    public mutating func update(open: Double, close: Double) -> Double? {
        update(PriceBar(open: open, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` candles.
    public static func compute(open: [Double], close: [Double], timeperiod: Int = 10) -> [Double] {
        precondition(open.count == close.count, "QSTICK inputs differ in length")
        return series(QSTICK(timeperiod: timeperiod), count: close.count) { PriceBar(open: open[$0], close: close[$0]) }
    }
}
