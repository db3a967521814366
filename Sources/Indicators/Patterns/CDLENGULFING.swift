/// Engulfing: a body wrapping the previous, opposite-coloured body. +100 bullish (white engulfs
/// black), −100 bearish; ±80 when one end of the bodies is equal (TA-Lib's weaker form).
public struct CDLENGULFING: CatalogIndicator {
    public static let functionName = "CDLENGULFING"

    public let lookback = 2
    private var previous: PriceBar?
    private var bars = 0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let engulfing = (bar.color == 1 && previous.color == -1
                    && ((bar.close >= previous.open && bar.open < previous.close)
                        || (bar.close > previous.open && bar.open <= previous.close)))
                || (bar.color == -1 && previous.color == 1
                    && ((bar.open >= previous.close && bar.close < previous.open)
                        || (bar.open > previous.close && bar.close <= previous.open)))
            if !engulfing {
                signal = 0
            } else if bar.open != previous.close && bar.close != previous.open {
                signal = Int32(bar.color * 100)
            } else {
                signal = Int32(bar.color * 80)
            }
        }
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLENGULFING(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
