/// Hanging Man: a hammer-shaped candle (small body on top, long lower shadow, almost no upper
/// shadow) whose body sits at or near the previous candle's high. −100 (always bearish; whether
/// it ends an uptrend is left to the caller, as in TA-Lib).
public struct CDLHANGINGMAN: CatalogIndicator {
    public static let functionName = "CDLHANGINGMAN"

    private var shape = HammerShape(judgedByNear: true)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { shape.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        defer { shape.push(bar) }
        guard let previous = shape.previous else { return nil }
        let hangingMan = shape.isHammer(bar) && bar.bodyBottom >= previous.high - shape.near(previous)
        return hangingMan ? -100 : 0
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLHANGINGMAN(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
