/// Inverted Hammer: a small body at the bottom of the range with a long upper shadow and almost
/// no lower shadow, its body gapping down from the previous body. +100 (always bullish; the
/// downtrend is left to the caller, as in TA-Lib).
public struct CDLINVERTEDHAMMER: CatalogIndicator {
    public static let functionName = "CDLINVERTEDHAMMER"

    private var shape = HammerShape(judgedByNear: false)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { shape.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { shape.push(bar) }
        guard let previous = shape.previous else { return nil }
        let invertedHammer = shape.isInvertedHammer(bar) && realBodyGapDown(bar, previous)
        return invertedHammer ? 100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLINVERTEDHAMMER(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
