/// Hilbert transform instantaneous trendline: the price averaged over its own dominant cycle
/// period (which cancels the cycle), then lightly smoothed. A low-lag trend line.
///
/// TA-Lib's `HT_TRENDLINE` (lookback 63; an overlap study in TA-Lib's groups).
public struct HT_TRENDLINE: CatalogIndicator {
    public static let functionName = "HT_TRENDLINE"

    private var cycle = HilbertCycle(warmUp: 37)
    private var trendline = InstantaneousTrendline()

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 63 }

    public mutating func update(_ value: Double) -> Double? {
        trendline.append(value)
        guard let step = cycle.update(value) else { return nil }
        let line = trendline.update(smoothPeriod: step.smoothPeriod)
        return cycle.bars > lookback ? line : nil
    }

    /// The batch form: NaN for the first 63 positions.
    public static func compute(_ real: [Double]) -> [Double] {
        series(HT_TRENDLINE(), count: real.count) { real[$0] }
    }
}
