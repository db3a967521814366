/// Hilbert transform trend versus cycle mode: 1 while the market trends, 0 while it cycles.
///
/// TA-Lib's `HT_TRENDMODE` (lookback 63). A trend is assumed unless the sine and lead sine
/// (``HT_SINE``) have crossed within the last half cycle or the phase advances at the cycle's
/// pace; a smoothed price 1.5% or more from the instantaneous trendline is a trend regardless.
public struct HT_TRENDMODE: CatalogIndicator {
    public static let functionName = "HT_TRENDMODE"

    private var cycle = HilbertCycle(warmUp: 37)
    private var phase = DominantCyclePhase()
    private var trendline = InstantaneousTrendline()
    private var sine = 0.0
    private var leadSine = 0.0
    private var barsInTrend = 0

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 63 }

    public mutating func update(_ value: Double) -> Int32? {
        trendline.append(value)
        guard let step = cycle.update(value) else { return nil }
        let previousPhase = phase.phase
        let degrees = phase.update(step)
        let (previousSine, previousLeadSine) = (sine, leadSine)
        sine = DominantCyclePhase.sine(ofDegrees: degrees)
        leadSine = DominantCyclePhase.sine(ofDegrees: degrees + 45)
        let line = trendline.update(smoothPeriod: step.smoothPeriod)

        var trend: Int32 = 1
        let crossedUp = sine > leadSine && previousSine <= previousLeadSine
        let crossedDown = sine < leadSine && previousSine >= previousLeadSine
        if crossedUp || crossedDown {
            barsInTrend = 0
            trend = 0
        }
        barsInTrend += 1
        let period = step.smoothPeriod
        if Double(barsInTrend) < 0.5 * period { trend = 0 }
        let advance = degrees - previousPhase
        if period != 0.0 && advance > 0.67 * 360.0 / period && advance < 1.5 * 360.0 / period { trend = 0 }
        if line != 0.0 && abs((step.smoothedPrice - line) / line) >= 0.015 { trend = 1 }
        return cycle.bars > lookback ? trend : nil
    }

    /// The batch form: 0 for the first 63 positions.
    public static func compute(_ real: [Double]) -> [Int32] {
        signals(HT_TRENDMODE(), count: real.count) { real[$0] }
    }
}
