/// Keltner Channels: an EMA of the typical price `(high + low + close)/3` with bands `nbdev`
/// average true ranges above and below; closes outside the channel mark strong moves.
///
/// TA-Lib's `KC` (lookback `max(timeperiod − 1, atrperiod)`): as in TA-Lib, the EMA and the ATR
/// each start where their own lookback ends at the first output, so the shorter one starts later.
public struct KC: CatalogIndicator {
    public static let functionName = "KC"

    public typealias Value = BBANDS.Value
    public typealias Series = BBANDS.Series

    public let timeperiod: Int
    public let atrperiod: Int
    public let nbdev: Double
    public let lookback: Int
    private var average: EMA
    private var range: ATR
    private let averageStart: Int
    private let rangeStart: Int
    private var bars = 0

    /// - Parameters:
    ///   - timeperiod: the EMA's period, 2…100000 (default 20).
    ///   - atrperiod: the ATR's period, 1…100000 (default 10).
    ///   - nbdev: ATRs from the middle to each band (default 2).
    public init(timeperiod: Int = 20, atrperiod: Int = 10, nbdev: Double = 2) {
        precondition((2...100_000).contains(timeperiod), "KC timeperiod must be 2…100000")
        precondition((1...100_000).contains(atrperiod), "KC atrperiod must be 1…100000")
        precondition((-3e37...3e37).contains(nbdev), "KC nbdev must be −3e37…3e37")
        self.timeperiod = timeperiod
        self.atrperiod = atrperiod
        self.nbdev = nbdev
        lookback = max(timeperiod - 1, atrperiod)
        average = EMA(timeperiod: timeperiod)
        range = ATR(timeperiod: atrperiod)
        averageStart = lookback - (timeperiod - 1)
        rangeStart = lookback - atrperiod
    }

    public init(parameters: ParameterValues) {
        self.init(
            timeperiod: parameters.int("timeperiod"), atrperiod: parameters.int("atrperiod"),
            nbdev: parameters.real("nbdev"))
    }

    public mutating func update(_ bar: PriceBar) -> Value? {
        let today = bars
        bars += 1
        let middle = today >= averageStart ? average.update((bar.high + bar.low + bar.close) / 3.0) : nil
        let trueRange = today >= rangeStart ? range.update(bar) : nil
        guard let middle, let trueRange else { return nil }
        let width = trueRange * nbdev
        return Value(upperband: middle + width, middleband: middle, lowerband: middle - width)
    }

    /// Feeds the next bar's high, low and close.
    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN before the lookback.
    public static func compute(
        high: [Double], low: [Double], close: [Double], timeperiod: Int = 20, atrperiod: Int = 10, nbdev: Double = 2
    ) -> Series {
        let bands = columns(KC(timeperiod: timeperiod, atrperiod: atrperiod, nbdev: nbdev), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(upperband: bands[0], middleband: bands[1], lowerband: bands[2])
    }
}
