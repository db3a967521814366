/// Belt-hold: a long candle opening at its extreme — a white one with (almost) no lower shadow,
/// or a black one with (almost) no upper shadow. +100 bullish, −100 bearish.
public struct CDLBELTHOLD: CatalogIndicator {
    public static let functionName = "CDLBELTHOLD"

    private var averages = BodyAndShadowAverages(body: .bodyLong, shadow: .shadowVeryShort)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { averages.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { averages.push(bar) }
        guard let limit = averages.limits(for: bar) else { return nil }
        let belt = bar.realBody > limit.body
            && ((bar.color == 1 && bar.lowerShadow < limit.shadow)
                || (bar.color == -1 && bar.upperShadow < limit.shadow))
        return belt ? Int32(bar.color * 100) : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLBELTHOLD(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
