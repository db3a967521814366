/// Long Legged Doji: a doji body with at least one long shadow, a sign of indecision. +100
/// whatever the direction (TA-Lib's convention).
public struct CDLLONGLEGGEDDOJI: CatalogIndicator {
    public static let functionName = "CDLLONGLEGGEDDOJI"

    private var averages = BodyAndShadowAverages(body: .bodyDoji, shadow: .shadowLong)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { averages.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { averages.push(bar) }
        guard let limit = averages.limits(for: bar) else { return nil }
        let doji = bar.realBody <= limit.body
            && (bar.lowerShadow > limit.shadow || bar.upperShadow > limit.shadow)
        return doji ? 100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLLONGLEGGEDDOJI(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
