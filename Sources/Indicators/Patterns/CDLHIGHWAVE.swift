/// High-Wave Candle: a short body with very long shadows on both sides, strong indecision.
/// +100 when white, −100 when black (TA-Lib signs it by colour).
public struct CDLHIGHWAVE: CatalogIndicator {
    public static let functionName = "CDLHIGHWAVE"

    private var averages = BodyAndShadowAverages(body: .bodyShort, shadow: .shadowVeryLong)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { averages.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { averages.push(bar) }
        guard let limit = averages.limits(for: bar) else { return nil }
        let highWave = bar.realBody < limit.body
            && bar.upperShadow > limit.shadow && bar.lowerShadow > limit.shadow
        return highWave ? Int32(bar.color * 100) : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHIGHWAVE(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
