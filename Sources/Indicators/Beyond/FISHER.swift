#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Fisher Transform, John F. Ehlers ("Using the Fisher Transform", Technical Analysis of Stocks
/// & Commodities, November 2002): the median price's position in its recent range, made nearly
/// Gaussian so turning points stand out as sharp extremes. Crossings of the trigger (the
/// previous value) signal turns.
///
/// Ehlers' recursion on the median price (high + low) / 2 over `timeperiod` bars:
/// v = 0.66 × (position in range − 0.5) + 0.67 × v₋₁, clamped to ±0.999 beyond ±0.99;
/// fisher = 0.5 × (ln((1 + v) / (1 − v)) + fisher₋₁). As pandas-ta, the recursion starts from
/// zero at bar `timeperiod` (one bar after the first full window; lookback `timeperiod`), and
/// the first trigger is that zero. Where the range is zero the position is taken as the middle
/// (pandas-ta instead floors the range at 0.001, which differs only for ranges below 0.001).
public struct FISHER: CatalogIndicator {
    public static let functionName = "FISHER"

    public static let info = FunctionInfo(
        name: functionName, group: "Momentum Indicators", displayName: "Fisher Transform",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low")],
        parameters: [
            ParameterInfo("timeperiod", kind: .integer, default: 10, minimum: 1, maximum: 100_000,
                          displayName: "Time Period", help: "Bars of the median-price range"),
        ],
        outputs: [OutputInfo("fisher", flags: ["Line"]), OutputInfo("trigger", flags: ["Dashed Line"])],
        source: "John F. Ehlers, Using the Fisher Transform, Technical Analysis of Stocks & Commodities, November 2002"
    )

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var fisher: Double
        /// The previous bar's fisher value.
        public var trigger: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? fisher : trigger }
    }

    public struct Series: Sendable, Hashable {
        public var fisher: [Double]
        public var trigger: [Double]
    }

    public let timeperiod: Int
    private var extremes: BeyondChannel
    private var seen = 0
    private var smoothed = 0.0
    private var fisher = 0.0

    /// - Parameter timeperiod: bars, 1…100000 (default 10, Ehlers').
    public init(timeperiod: Int = 10) {
        precondition((1...100_000).contains(timeperiod), "FISHER timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        extremes = BeyondChannel(period: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Value? {
        let median = 0.5 * (bar.high + bar.low)
        extremes.append(high: median, low: median)
        seen += 1
        guard seen > timeperiod else { return nil }
        let range = extremes.high - extremes.low
        let position = range > 0 || range.isNaN ? (median - extremes.low) / range - 0.5 : 0
        smoothed = 0.66 * position + 0.67 * smoothed
        if smoothed < -0.99 {
            smoothed = -0.999
        } else if smoothed > 0.99 {
            smoothed = 0.999
        }
        let trigger = fisher
        fisher = 0.5 * (log((1 + smoothed) / (1 - smoothed)) + trigger)
        return Value(fisher: fisher, trigger: trigger)
    }

    public mutating func update(high: Double, low: Double) -> Value? {
        update(PriceBar(high: high, low: low))
    }

    /// The batch form: NaN for the first `timeperiod` positions.
    public static func compute(high: [Double], low: [Double], timeperiod: Int = 10) -> Series {
        let count = min(high.count, low.count)
        let out = columns(FISHER(timeperiod: timeperiod), count: count) { PriceBar(high: high[$0], low: low[$0]) }
        return Series(fisher: out[0], trigger: out[1])
    }
}
