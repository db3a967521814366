/// Hilbert transform dominant cycle phase: where the price is within its dominant cycle, in
/// degrees (normally −45…315). A steady advance marks a cycling market; a stalled phase, a trend.
///
/// TA-Lib's `HT_DCPHASE` (lookback 63).
public struct HT_DCPHASE: CatalogIndicator {
    public static let functionName = "HT_DCPHASE"

    private var cycle = HilbertCycle(warmUp: 37)
    private var phase = DominantCyclePhase()

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 63 }

    public mutating func update(_ value: Double) -> Double? {
        guard let step = cycle.update(value) else { return nil }
        let degrees = phase.update(step)
        return cycle.bars > lookback ? degrees : nil
    }

    /// The batch form: NaN for the first 63 positions.
    public static func compute(_ real: [Double]) -> [Double] {
        series(HT_DCPHASE(), count: real.count) { real[$0] }
    }
}
