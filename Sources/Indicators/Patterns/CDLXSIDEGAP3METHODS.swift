/// Upside/Downside Gap Three Methods: two candles of one colour with a body gap between them,
/// then an opposite candle opening inside the second body and closing inside the first, closing
/// the gap. ±100 with the first candle's colour (+100 upside, −100 downside). Lookback 2.
public struct CDLXSIDEGAP3METHODS: CatalogIndicator {
    public static let functionName = "CDLXSIDEGAP3METHODS"

    public let lookback = 2
    private var recent = RingBuffer<PriceBar>(capacity: 2)
    private var bars = 0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback {
            let (first, second) = (recent[age: 1], recent[age: 0])
            let methods = first.color == second.color && second.color == -bar.color
                && bar.open < second.bodyTop && bar.open > second.bodyBottom
                && bar.close < first.bodyTop && bar.close > first.bodyBottom
                && ((first.color == 1 && realBodyGapUp(second, first))
                    || (first.color == -1 && realBodyGapDown(second, first)))
            signal = methods ? Int32(first.color * 100) : 0
        }
        recent.append(bar)
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLXSIDEGAP3METHODS(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
