/// Three Outside Up/Down: a body engulfed by an opposite one (an engulfing pair), then a candle
/// closing beyond the engulfing close. +100 up, −100 down.
public struct CDL3OUTSIDE: CatalogIndicator {
    public static let functionName = "CDL3OUTSIDE"

    public let lookback = 3
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let outside = (second.color == 1 && first.color == -1
                    && second.close > first.open && second.open < first.close
                    && bar.close > second.close)
                || (second.color == -1 && first.color == 1
                    && second.open > first.close && second.close < first.open
                    && bar.close < second.close)
            signal = outside ? Int32(second.color * 100) : 0
        }
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDL3OUTSIDE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
