/// Hilbert transform sine wave: the sine of the dominant cycle's phase and of the phase 45°
/// ahead. In a cycling market the two cross ahead of turning points; in a trend they drift.
///
/// TA-Lib's `HT_SINE` (lookback 63).
public struct HT_SINE: CatalogIndicator {
    public static let functionName = "HT_SINE"

    /// One bar's sine and lead sine, in TA-Lib's output order.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public let sine: Double
        public let leadsine: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? sine : leadsine }
    }

    /// The batch form's outputs, one value per input bar.
    public struct Series: Sendable, Hashable {
        public let sine: [Double]
        public let leadsine: [Double]
    }

    private var cycle = HilbertCycle(warmUp: 37)
    private var phase = DominantCyclePhase()

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 63 }

    public mutating func update(_ value: Double) -> Value? {
        guard let step = cycle.update(value) else { return nil }
        let degrees = phase.update(step)
        guard cycle.bars > lookback else { return nil }
        return Value(
            sine: DominantCyclePhase.sine(ofDegrees: degrees),
            leadsine: DominantCyclePhase.sine(ofDegrees: degrees + 45))
    }

    /// The batch form: NaN for the first 63 positions.
    public static func compute(_ real: [Double]) -> Series {
        let outputs = columns(HT_SINE(), count: real.count) { real[$0] }
        return Series(sine: outputs[0], leadsine: outputs[1])
    }
}
