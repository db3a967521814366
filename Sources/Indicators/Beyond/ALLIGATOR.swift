/// Alligator, Bill Williams ("Trading Chaos", 1995; "New Trading Dimensions", 1998): three
/// smoothed averages of the median price whose order and spread tell trend from sleep. Jaw,
/// teeth and lips intertwined: no trend (the alligator sleeps); fanned out in order: a trend
/// (it eats), lips above teeth above jaw for an uptrend.
///
/// jaw, teeth and lips are Williams' SMMA (Wilder's smoothing, seeded with the simple mean) of
/// (high + low) / 2 over `jawperiod` (13), `teethperiod` (8) and `lipsperiod` (5) bars. Each is
/// given at the bar it is computed on: Williams draws them 8, 5 and 3 bars ahead, so the line
/// under bar t on his chart is this output at bar t − 8 (jaw), t − 5 (teeth), t − 3 (lips).
/// Lookback: the longest period − 1.
public struct ALLIGATOR: CatalogIndicator {
    public static let functionName = "ALLIGATOR"

    public static let info = FunctionInfo(
        name: functionName, group: "Overlap Studies", displayName: "Williams Alligator",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low")],
        parameters: [
            ParameterInfo("jawperiod", kind: .integer, default: 13, minimum: 1, maximum: 100_000,
                          displayName: "Jaw period", help: "Bars of the jaw's smoothed average (drawn 8 bars ahead)"),
            ParameterInfo("teethperiod", kind: .integer, default: 8, minimum: 1, maximum: 100_000,
                          displayName: "Teeth period", help: "Bars of the teeth's smoothed average (drawn 5 bars ahead)"),
            ParameterInfo("lipsperiod", kind: .integer, default: 5, minimum: 1, maximum: 100_000,
                          displayName: "Lips period", help: "Bars of the lips' smoothed average (drawn 3 bars ahead)"),
        ],
        outputs: [OutputInfo("jaw", flags: ["Line"]), OutputInfo("teeth", flags: ["Line"]), OutputInfo("lips", flags: ["Line"])],
        source: "Bill Williams, Trading Chaos, 1995"
    )

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var jaw: Double
        public var teeth: Double
        public var lips: Double

        public static var componentCount: Int { 3 }
        public func component(_ index: Int) -> Double {
            switch index {
            case 0: jaw
            case 1: teeth
            default: lips
            }
        }
    }

    public struct Series: Sendable, Hashable {
        public var jaw: [Double]
        public var teeth: [Double]
        public var lips: [Double]
    }

    public let jawperiod: Int
    public let teethperiod: Int
    public let lipsperiod: Int
    private var jaw: BeyondWilderAverage
    private var teeth: BeyondWilderAverage
    private var lips: BeyondWilderAverage

    /// - Parameters: periods 1…100000 (Williams' 13, 8, 5 by default).
    public init(jawperiod: Int = 13, teethperiod: Int = 8, lipsperiod: Int = 5) {
        for period in [jawperiod, teethperiod, lipsperiod] {
            precondition((1...100_000).contains(period), "ALLIGATOR periods must be 1…100000")
        }
        self.jawperiod = jawperiod
        self.teethperiod = teethperiod
        self.lipsperiod = lipsperiod
        jaw = BeyondWilderAverage(period: jawperiod)
        teeth = BeyondWilderAverage(period: teethperiod)
        lips = BeyondWilderAverage(period: lipsperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(jawperiod: parameters.int("jawperiod"), teethperiod: parameters.int("teethperiod"),
                  lipsperiod: parameters.int("lipsperiod"))
    }

    public var lookback: Int { max(jawperiod, teethperiod, lipsperiod) - 1 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        let median = 0.5 * (bar.high + bar.low)
        let jawValue = jaw.update(median)
        let teethValue = teeth.update(median)
        let lipsValue = lips.update(median)
        guard let jawValue, let teethValue, let lipsValue else { return nil }
        return Value(jaw: jawValue, teeth: teethValue, lips: lipsValue)
    }

    public mutating func update(high: Double, low: Double) -> Value? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `lookback` positions; the lines undisplaced.
    public static func compute(
        high: [Double], low: [Double], jawperiod: Int = 13, teethperiod: Int = 8, lipsperiod: Int = 5
    ) -> Series {
        let count = min(high.count, low.count)
        let out = columns(ALLIGATOR(jawperiod: jawperiod, teethperiod: teethperiod, lipsperiod: lipsperiod), count: count) {
            PriceBar(high: high[$0], low: low[$0])
        }
        return Series(jaw: out[0], teeth: out[1], lips: out[2])
    }
}
