/// Acceleration Bands (Headley): simple averages of the high and low widened by the bar's relative
/// range `4·(high − low)/(high + low)`, around a simple average of the close; breakouts beyond
/// them mark accelerating moves.
///
/// TA-Lib's `ACCBANDS` (lookback `timeperiod − 1`); as in TA-Lib 0.8, a bar whose high + low is
/// negligible against |high| + |low| (or not finite) is taken unwidened.
public struct ACCBANDS: CatalogIndicator {
    public static let functionName = "ACCBANDS"

    public typealias Value = BBANDS.Value
    public typealias Series = BBANDS.Series

    public let timeperiod: Int
    private var upper: SMA
    private var middle: SMA
    private var lower: SMA

    /// - Parameter timeperiod: the period of the three averages, 2…100000 (default 20).
    public init(timeperiod: Int = 20) {
        precondition((2...100_000).contains(timeperiod), "ACCBANDS timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        upper = SMA(timeperiod: timeperiod)
        middle = SMA(timeperiod: timeperiod)
        lower = SMA(timeperiod: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        var high = bar.high, low = bar.low
        let sum = bar.high + bar.low
        if 1e-14 * (abs(bar.high) + abs(bar.low)) < abs(sum) {
            let width = (bar.high - bar.low) * 4.0 / sum
            high = bar.high * (width + 1.0)
            low = (1.0 - width) * bar.low
        }
        let upperband = upper.update(high), middleband = middle.update(bar.close), lowerband = lower.update(low)
        guard let upperband, let middleband, let lowerband else { return nil }
        return Value(upperband: upperband, middleband: middleband, lowerband: lowerband)
    }

    /// Feeds the next bar's high, low and close.
    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 20) -> Series {
        let bands = columns(ACCBANDS(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(upperband: bands[0], middleband: bands[1], lowerband: bands[2])
    }
}
