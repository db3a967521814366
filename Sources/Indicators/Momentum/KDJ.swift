/// KDJ: the slow stochastic's %K and %D plus J = 3K − 2D, which runs ahead of both and
/// overshoots 0…100 at turns.
///
/// TA-Lib's `KDJ` (lookback STOCH's), whose averages default to Wilder's smoothing (RMA).
public struct KDJ: CatalogIndicator {
    public static let functionName = "KDJ"

    /// One bar's K, D and J.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var k: Double
        public var d: Double
        public var j: Double

        public init(k: Double, d: Double, j: Double) {
            self.k = k
            self.d = d
            self.j = j
        }

        public static var componentCount: Int { 3 }

        public func component(_ index: Int) -> Double {
            switch index {
            case 0: k
            case 1: d
            default: j
            }
        }
    }

    /// The batch outputs, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var k: [Double]
        public var d: [Double]
        public var j: [Double]
    }

    private var stochastic: STOCH

    /// - Parameters:
    ///   - fastk_period: bars in the high-low range, 1…100000 (default 9).
    ///   - slowk_period: periods of the average making K, 1…100000 (default 3).
    ///   - slowk_matype: its type.
    ///   - slowd_period: periods of the average making D, 1…100000 (default 3).
    ///   - slowd_matype: its type.
    public init(
        fastk_period: Int = 9, slowk_period: Int = 3, slowk_matype: MAType = .rma, slowd_period: Int = 3,
        slowd_matype: MAType = .rma
    ) {
        stochastic = STOCH(
            fastk_period: fastk_period, slowk_period: slowk_period, slowk_matype: slowk_matype,
            slowd_period: slowd_period, slowd_matype: slowd_matype)
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastk_period: parameters.int("fastk_period"), slowk_period: parameters.int("slowk_period"),
            slowk_matype: parameters.maType("slowk_matype"), slowd_period: parameters.int("slowd_period"),
            slowd_matype: parameters.maType("slowd_matype"))
    }

    public var lookback: Int { stochastic.lookback }

    public mutating func update(_ bar: PriceBar) -> Value? {
        stochastic.update(bar).map { Value(k: $0.slowk, d: $0.slowd, j: 3.0 * $0.slowk - 2.0 * $0.slowd) }
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], fastk_period: Int = 9, slowk_period: Int = 3,
        slowk_matype: MAType = .rma, slowd_period: Int = 3, slowd_matype: MAType = .rma
    ) -> Series {
        let indicator = KDJ(
            fastk_period: fastk_period, slowk_period: slowk_period, slowk_matype: slowk_matype,
            slowd_period: slowd_period, slowd_matype: slowd_matype)
        let output = columns(indicator, count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(k: output[0], d: output[1], j: output[2])
    }
}
