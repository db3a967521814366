/// Midpoint price over period: halfway between the highest high and the lowest low of the last
/// `timeperiod` bars.
///
/// TA-Lib's `MIDPRICE` (lookback `timeperiod − 1`). As in TA-Lib, NaN highs or lows inside the
/// window are passed over, but a NaN in the window's oldest bar carries through.
public struct MIDPRICE: CatalogIndicator {
    public static let functionName = "MIDPRICE"

    public let timeperiod: Int
    private var highs: RingBuffer<Double>
    private var lows: RingBuffer<Double>
    private var highest: OverlapRollingExtreme
    private var lowest: OverlapRollingExtreme

    /// - Parameter timeperiod: the window, 2…100000 (TA-Lib's range; default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "MIDPRICE timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        highs = RingBuffer(capacity: timeperiod)
        lows = RingBuffer(capacity: timeperiod)
        highest = OverlapRollingExtreme(period: timeperiod, largest: true)
        lowest = OverlapRollingExtreme(period: timeperiod, largest: false)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        highs.append(bar.high)
        lows.append(bar.low)
        let high = highest.push(bar.high), low = lowest.push(bar.low)
        guard highs.isFull else { return nil }
        let top = highs.oldest.isNaN ? .nan : high ?? .nan
        let bottom = lows.oldest.isNaN ? .nan : low ?? .nan
        return (top + bottom) / 2.0
    }

    /// Feeds the next bar's high and low.
    public mutating func update(high: Double, low: Double) -> Double? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod − 1` positions.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 14) -> [Double] {
        series(MIDPRICE(timeperiod: timeperiod), count: high.count) {
            PriceBar(high: high[$0], low: low[$0])
        }
    }
}
