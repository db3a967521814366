/// Heikin-Ashi candles: each open is the midpoint of the previous Heikin-Ashi body and each close
/// the bar's average price, so trends show as runs of one colour with little opposite wick.
///
/// TA-Lib's `HA` (TA-Lib 0.8, no lookback): the first open is (open + close) / 2; the high and
/// low are the bar's, widened to take in the Heikin-Ashi open and close.
public struct HA: CatalogIndicator {
    public static let functionName = "HA"

    /// One Heikin-Ashi candle.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var haopen: Double
        public var hahigh: Double
        public var halow: Double
        public var haclose: Double

        public static var componentCount: Int { 4 }

        public func component(_ index: Int) -> Double {
            switch index {
            case 0: haopen
            case 1: hahigh
            case 2: halow
            default: haclose
            }
        }
    }

    /// The batch output: one series per candle field, NaN where undefined.
    public struct Series: Sendable, Hashable {
        public var haopen: [Double]
        public var hahigh: [Double]
        public var halow: [Double]
        public var haclose: [Double]
    }

    private var previous: Value?

    public init() {}

    public init(parameters: ParameterValues) {}

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        let open = previous.map { ($0.haopen + $0.haclose) / 2 } ?? (bar.open + bar.close) / 2
        let close = (bar.open + bar.high + bar.low + bar.close) / 4
        var high = bar.high
        if open > high { high = open }
        if close > high { high = close }
        var low = bar.low
        if open < low { low = open }
        if close < low { low = close }
        let candle = Value(haopen: open, hahigh: high, halow: low, haclose: close)
        previous = candle
        return candle
    }

    public mutating func update(open: Double, high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(open: open, high: high, low: low, close: close))
    }

    /// The batch form: one candle per bar.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> Series {
        let result = columns(HA(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(haopen: result[0], hahigh: result[1], halow: result[2], haclose: result[3])
    }
}
