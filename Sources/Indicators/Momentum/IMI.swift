/// Intraday momentum index: the share of the window's candle bodies (|close − open|) that were
/// up candles, 0…100; RSI on intraday moves, above 70 commonly read as overbought.
///
/// TA-Lib's `IMI` (lookback `timeperiod − 1`). As in TA-Lib, the sums are taken afresh over the
/// window each bar (O(`timeperiod`)); a window of flat candles gives the neutral 50.
public struct IMI: CatalogIndicator {
    public static let functionName = "IMI"

    public let timeperiod: Int
    private var window: RingBuffer<PriceBar>

    /// - Parameter timeperiod: candles in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "IMI timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        window = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        window.append(bar)
        guard window.isFull else { return nil }
        var up = 0.0
        var down = 0.0
        for age in stride(from: timeperiod - 1, through: 0, by: -1) {
            let candle = window[age: age]
            if candle.close > candle.open {
                up += candle.close - candle.open
            } else {
                down += candle.open - candle.close
            }
        }
        let total = up + down
        return total == 0 ? 50 : (up / total) * 100
    }

    public mutating func update(open: Double, close: Double) -> Double? {
        update(PriceBar(open: open, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` candles.
    public static func compute(open: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(open.count == close.count, "IMI inputs differ in length")
        return series(IMI(timeperiod: timeperiod), count: close.count) { PriceBar(open: open[$0], close: close[$0]) }
    }
}
