/// Hammer: a small body at the top of the range with a long lower shadow and almost no upper
/// shadow, its body near or below the previous candle's low. +100 (always bullish; whether it
/// ends a downtrend is left to the caller, as in TA-Lib).
public struct CDLHAMMER: CatalogIndicator {
    public static let functionName = "CDLHAMMER"

    private var shape = HammerShape(judgedByNear: true)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { shape.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { shape.push(bar) }
        guard let previous = shape.previous else { return nil }
        let hammer = shape.isHammer(bar) && bar.bodyBottom <= previous.low + shape.near(previous)
        return hammer ? 100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHAMMER(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
