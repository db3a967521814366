/// Donchian Channels: the highest high and the lowest low of the last `timeperiod` bars, and
/// their midpoint; a close beyond the previous bar's band is a breakout.
///
/// TA-Lib's `DONCHIAN` (lookback `timeperiod − 1`; the window includes the current bar), with
/// TA-Lib 0.8's cached extremes, kept as the stochastics keep theirs (``StochasticRange``).
public struct DONCHIAN: CatalogIndicator {
    public static let functionName = "DONCHIAN"

    public typealias Value = BBANDS.Value
    public typealias Series = BBANDS.Series

    public let timeperiod: Int
    private var range: StochasticRange

    /// - Parameter timeperiod: the window, 2…100000 (TA-Lib's range; default 20).
    public init(timeperiod: Int = 20) {
        precondition((2...100_000).contains(timeperiod), "DONCHIAN timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        range = StochasticRange(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        guard range.update(high: bar.high, low: bar.low) else { return nil }
        let (high, low) = (range.highest, range.lowest)
        return Value(upperband: high, middleband: (high + low) / 2.0, lowerband: low)
    }

    /// Feeds the next bar's high and low.
    public mutating func update(high: Double, low: Double) -> Value? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 20) -> Series {
        let bands = columns(DONCHIAN(timeperiod: timeperiod), count: high.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
        return Series(upperband: bands[0], middleband: bands[1], lowerband: bands[2])
    }
}
