/// Gravestone Doji: a doji opening and closing at (nearly) its low, with a long upper shadow.
/// +100 (TA-Lib's sign; read it as bearish at a top).
public struct CDLGRAVESTONEDOJI: CatalogIndicator {
    public static let functionName = "CDLGRAVESTONEDOJI"

    private var averages = BodyAndShadowAverages(body: .bodyDoji, shadow: .shadowVeryShort)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { averages.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { averages.push(bar) }
        guard let limit = averages.limits(for: bar) else { return nil }
        let gravestone = bar.realBody <= limit.body
            && bar.lowerShadow < limit.shadow && bar.upperShadow > limit.shadow
        return gravestone ? 100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLGRAVESTONEDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
