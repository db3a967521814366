/// Hilbert transform phasor components: the in-phase (I1, the detrended price three bars ago)
/// and quadrature (Q1, its Hilbert transform) parts of the price cycle. Their angle is the
/// cycle's phase; their magnitude its amplitude.
///
/// TA-Lib's `HT_PHASOR` (lookback 32).
public struct HT_PHASOR: CatalogIndicator {
    public static let functionName = "HT_PHASOR"

    /// One bar's components, in TA-Lib's output order.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public let inphase: Double
        public let quadrature: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? inphase : quadrature }
    }

    /// The batch form's outputs, one value per input bar.
    public struct Series: Sendable, Hashable {
        public let inphase: [Double]
        public let quadrature: [Double]
    }

    private var cycle = HilbertCycle(warmUp: 12)

    public init() {}

    public init(parameters: ParameterValues) { self.init() }

    public var lookback: Int { 32 }

    public mutating func update(_ value: Double) -> Value? {
        guard let step = cycle.update(value), cycle.bars > lookback else { return nil }
        return Value(inphase: step.inPhase, quadrature: step.quadrature)
    }

    /// The batch form: NaN for the first 32 positions.
    public static func compute(_ real: [Double]) -> Series {
        let outputs = columns(HT_PHASOR(), count: real.count) { real[$0] }
        return Series(inphase: outputs[0], quadrature: outputs[1])
    }
}
