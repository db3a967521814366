/// True range: the bar's extent including any gap from the previous close, the greatest of
/// high − low, |high − previous close| and |low − previous close|.
///
/// TA-Lib's `TRANGE` (lookback 1: the first bar has no previous close).
public struct TRANGE: CatalogIndicator {
    public static let functionName = "TRANGE"

    private var previousClose: Double?

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        defer { previousClose = bar.close }
        guard let previousClose else { return nil }
        return TALibMath.trueRange(high: bar.high, low: bar.low, previousClose: previousClose)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first bar.
    public static func compute(high: [Double], low: [Double], close: [Double]) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "TRANGE inputs differ in length")
        return series(TRANGE(), count: close.count) { PriceBar(high: high[$0], low: low[$0], close: close[$0]) }
    }
}
