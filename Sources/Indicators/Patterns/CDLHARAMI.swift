/// Harami: a long candle, then a short body held inside its body. +100 after a black candle
/// (bullish), −100 after a white one; ±80 when one end of the bodies is equal.
public struct CDLHARAMI: CatalogIndicator {
    public static let functionName = "CDLHARAMI"

    public let lookback: Int
    private var bodyLong: CandleAverage
    private var bodyShort: CandleAverage
    private var previous: PriceBar?
    private var bars = 0

    public init() {
        lookback = max(CandleSetting.bodyShort.avgPeriod, CandleSetting.bodyLong.avgPeriod) + 1
        bodyLong = CandleAverage(.bodyLong, offset: 1, lookback: lookback)
        bodyShort = CandleAverage(.bodyShort, lookback: lookback)
    }

    public init(parameters: ParameterValues) { self.init() }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        var signal: Int32?
        if bars >= lookback, let previous {
            let shapes = previous.realBody > bodyLong.average(of: previous)
                && bar.realBody <= bodyShort.average(of: bar)
            signal = shapes ? haramiSignal(bar, inside: previous) : 0
        }
        bodyLong.push(bar)
        bodyShort.push(bar)
        previous = bar
        bars += 1
        return signal
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHARAMI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}

/// The harami signal once the two candles have the right sizes: ∓100 when `bar`'s body lies
/// strictly inside `first`'s, ∓80 when one end touches, 0 otherwise (sign opposite `first`).
@inline(__always)
func haramiSignal(_ bar: PriceBar, inside first: PriceBar) -> Int32 {
    if bar.bodyTop < first.bodyTop && bar.bodyBottom > first.bodyBottom {
        Int32(-first.color * 100)
    } else if bar.bodyTop <= first.bodyTop && bar.bodyBottom >= first.bodyBottom {
        Int32(-first.color * 80)
    } else {
        0
    }
}
