/// Williams' %R: where the close sits in the window's high–low range, 0 (at the high) to −100
/// (at the low); above −20 is commonly read as overbought, below −80 as oversold.
///
/// TA-Lib's `WILLR` (lookback `timeperiod − 1`); 0 when the range is zero.
public struct WILLR: CatalogIndicator {
    public static let functionName = "WILLR"

    public let timeperiod: Int
    private var highest: TrailingExtreme
    private var lowest: TrailingExtreme
    private var scale = 0.0 // (highest − lowest) / −100, refreshed as TA-Lib refreshes it

    /// - Parameter timeperiod: bars in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "WILLR timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        highest = TrailingExtreme(.highest, window: timeperiod, rescanKeepsLatestTie: false)
        lowest = TrailingExtreme(.lowest, window: timeperiod, rescanKeepsLatestTie: false)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        if lowest.push(bar.low) { scale = (highest.value - lowest.value) / -100 }
        if highest.push(bar.high) { scale = (highest.value - lowest.value) / -100 }
        guard highest.isFull else { return nil }
        return scale != 0 ? (highest.value - bar.close) / scale : 0
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "WILLR inputs differ in length")
        return series(WILLR(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
