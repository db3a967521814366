/// Hilbert transform dominant cycle period: the length in bars (at most 50) of the cycle that
/// currently dominates the price, smoothed. Use it to adapt other indicators' periods.
///
/// TA-Lib's `HT_DCPERIOD` (lookback 32, unstable for a while longer as the estimate settles).
public struct HT_DCPERIOD: CatalogIndicator {
    public static let functionName = "HT_DCPERIOD"

    private var cycle = HilbertCycle(warmUp: 12)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 32 }

    public mutating func update(_ value: Double) -> Double? {
        guard let step = cycle.update(value), cycle.bars > lookback else { return nil }
        return step.smoothPeriod
    }

    /// The batch form: NaN for the first 32 positions.
    public static func compute(_ real: [Double]) -> [Double] {
        series(HT_DCPERIOD(), count: real.count) { real[$0] }
    }
}
