/// Williams' accumulation/distribution: the running sum of each close's move measured from the
/// true-range extreme (true low on an up close, true high on a down close); divergence from
/// price is the signal. No volume is used (Achelis' form).
///
/// TA-Lib's `WAD` (lookback 0): the first bar contributes 0.
public struct WAD: CatalogIndicator {
    public static let functionName = "WAD"

    private var previousClose: Double?
    private var sum = 0.0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 0 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let previous = previousClose ?? bar.close
        previousClose = bar.close
        if bar.close > previous {
            sum += bar.close - (previous < bar.low ? previous : bar.low)
        } else if bar.close < previous {
            sum += bar.close - (previous > bar.high ? previous : bar.high)
        }
        return sum
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: one value per bar.
    public static func compute(high: [Double], low: [Double], close: [Double]) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "WAD inputs differ in length")
        return series(WAD(), count: close.count) { PriceBar(high: high[$0], low: low[$0], close: close[$0]) }
    }
}
