/// Dragonfly Doji: a doji opening and closing at (nearly) its high, with a long lower shadow.
/// +100.
public struct CDLDRAGONFLYDOJI: CatalogIndicator {
    public static let functionName = "CDLDRAGONFLYDOJI"

    private var averages = BodyAndShadowAverages(body: .bodyDoji, shadow: .shadowVeryShort)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { averages.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { averages.push(bar) }
        guard let limit = averages.limits(for: bar) else { return nil }
        let dragonfly = bar.realBody <= limit.body
            && bar.upperShadow < limit.shadow && bar.lowerShadow > limit.shadow
        return dragonfly ? 100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLDRAGONFLYDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
