/// Harami: a long candle, then a short body held inside its body. +100 after a black candle
/// (bullish), −100 after a white one; ±80 when one end of the bodies is equal.
public struct CDLHARAMI: CatalogIndicator {
    public static let functionName = "CDLHARAMI"

    private var candles = LongThenSmallBody(small: .bodyShort)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { candles.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { candles.push(bar) }
        guard let first = candles.first else { return nil }
        return candles.hasBodies(first, bar) ? haramiSignal(bar, inside: first) : 0
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
