/// Kicking, bull/bear by the longer marubozu: the ``CDLKICKING`` pattern, signed by the colour
/// of whichever of the two candles has the longer body (the first on a tie).
public struct CDLKICKINGBYLENGTH: CatalogIndicator {
    public static let functionName = "CDLKICKINGBYLENGTH"

    private var kicking = CDLKICKING()

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { kicking.lookback }

    public mutating func update(_ bar: PriceBar) -> Int32? {
        guard let (first, isKicking) = kicking.judge(bar) else { return nil }
        guard isKicking else { return 0 }
        return Int32((bar.realBody > first.realBody ? bar : first).color * 100)
    }

    /// The batch form: one signal per candle, 0 before the lookback.
    public static func compute(open: [Double], high: [Double], low: [Double], close: [Double]) -> [Int32] {
        signals(CDLKICKINGBYLENGTH(), count: close.count) {
            PriceBar(open: open[$0], high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
