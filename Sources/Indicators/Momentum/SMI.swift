/// Stochastic momentum index: the close's distance from the midpoint of the last `timeperiod`
/// bars' range, double-smoothed by EMAs, as a percentage of half the range smoothed the same way
/// (−100…100), with an EMA of it as signal line.
///
/// TA-Lib's `SMI` (lookback `timeperiod − 1` plus the slow, fast and signal EMAs' lookbacks): each
/// EMA seeded with the mean of its first inputs; a zero smoothed range gives 0.
public struct SMI: CatalogIndicator {
    public static let functionName = "SMI"

    /// One bar's SMI and signal.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var smi: Double
        public var smisignal: Double

        public init(smi: Double, smisignal: Double) {
            self.smi = smi
            self.smisignal = smisignal
        }

        public static var componentCount: Int { 2 }

        public func component(_ index: Int) -> Double { index == 0 ? smi : smisignal }
    }

    /// The batch outputs, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var smi: [Double]
        public var smisignal: [Double]
    }

    public let timeperiod: Int
    public let fastperiod: Int
    public let slowperiod: Int
    public let signalperiod: Int
    private var range: StochasticRange
    private var distanceSlow: EMA
    private var widthSlow: EMA
    private var distanceFast: EMA
    private var widthFast: EMA
    private var signal: EMA

    /// - Parameters:
    ///   - timeperiod: bars in the high-low range, 2…100000 (default 13).
    ///   - fastperiod: periods of the second EMA, 2…100000 (default 2).
    ///   - slowperiod: periods of the first EMA, 2…100000 (default 25).
    ///   - signalperiod: periods of the signal EMA, 2…100000 (default 9).
    public init(timeperiod: Int = 13, fastperiod: Int = 2, slowperiod: Int = 25, signalperiod: Int = 9) {
        precondition((2...100_000).contains(timeperiod), "SMI timeperiod must be 2…100000")
        precondition((2...100_000).contains(fastperiod), "SMI fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "SMI slowperiod must be 2…100000")
        precondition((2...100_000).contains(signalperiod), "SMI signalperiod must be 2…100000")
        self.timeperiod = timeperiod
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        self.signalperiod = signalperiod
        range = StochasticRange(period: timeperiod)
        distanceSlow = EMA(timeperiod: slowperiod)
        widthSlow = EMA(timeperiod: slowperiod)
        distanceFast = EMA(timeperiod: fastperiod)
        widthFast = EMA(timeperiod: fastperiod)
        signal = EMA(timeperiod: signalperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(
            timeperiod: parameters.int("timeperiod"), fastperiod: parameters.int("fastperiod"),
            slowperiod: parameters.int("slowperiod"), signalperiod: parameters.int("signalperiod"))
    }

    public var lookback: Int { timeperiod + slowperiod + fastperiod + signalperiod - 4 }

    public mutating func update(_ bar: PriceBar) -> Value? {
        guard range.update(high: bar.high, low: bar.low) else { return nil }
        let width = range.highest - range.lowest
        let distance = bar.close - (range.highest + range.lowest) * 0.5
        let slowWidth = widthSlow.update(width)
        guard let slowDistance = distanceSlow.update(distance), let slowWidth else { return nil }
        let fastWidth = widthFast.update(slowWidth)
        guard let fastDistance = distanceFast.update(slowDistance), let fastWidth else { return nil }
        let halfWidth = 0.5 * fastWidth
        let index = halfWidth > 0 ? 100.0 * fastDistance / halfWidth : 0
        return signal.update(index).map { Value(smi: index, smisignal: $0) }
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], timeperiod: Int = 13, fastperiod: Int = 2,
        slowperiod: Int = 25, signalperiod: Int = 9
    ) -> Series {
        let indicator = SMI(
            timeperiod: timeperiod, fastperiod: fastperiod, slowperiod: slowperiod, signalperiod: signalperiod)
        let output = columns(indicator, count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(smi: output[0], smisignal: output[1])
    }
}
