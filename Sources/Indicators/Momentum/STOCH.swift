/// Slow stochastic: where the close sits in the range of the last `fastk_period` bars (fast
/// %K, 0…100), smoothed into slow %K, which is smoothed again into slow %D. Above 80 is read as
/// overbought, below 20 as oversold; %K crossing %D as a signal.
///
/// TA-Lib's `STOCH` (lookback `fastk_period − 1` plus both averages' lookbacks); a range of
/// zero width gives a fast %K of 0.
public struct STOCH: CatalogIndicator {
    public static let functionName = "STOCH"

    /// One bar's slow %K and slow %D.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var slowk: Double
        public var slowd: Double

        public init(slowk: Double, slowd: Double) {
            self.slowk = slowk
            self.slowd = slowd
        }

        public static var componentCount: Int { 2 }

        public func component(_ index: Int) -> Double { index == 0 ? slowk : slowd }
    }

    /// The batch outputs, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var slowk: [Double]
        public var slowd: [Double]
    }

    public let fastk_period: Int
    public let slowk_period: Int
    public let slowk_matype: MAType
    public let slowd_period: Int
    public let slowd_matype: MAType
    private var fastK: StochasticK
    private var slowK: MovingAverage
    private var slowD: MovingAverage

    /// - Parameters:
    ///   - fastk_period: bars in the high-low range, 1…100000 (default 5).
    ///   - slowk_period: periods of the average making slow %K, 1…100000 (default 3).
    ///   - slowk_matype: its type (default SMA).
    ///   - slowd_period: periods of the average making slow %D, 1…100000 (default 3).
    ///   - slowd_matype: its type (default SMA).
    public init(
        fastk_period: Int = 5, slowk_period: Int = 3, slowk_matype: MAType = .sma, slowd_period: Int = 3,
        slowd_matype: MAType = .sma
    ) {
        precondition((1...100_000).contains(fastk_period), "STOCH fastk_period must be 1…100000")
        precondition((1...100_000).contains(slowk_period), "STOCH slowk_period must be 1…100000")
        precondition((1...100_000).contains(slowd_period), "STOCH slowd_period must be 1…100000")
        self.fastk_period = fastk_period
        self.slowk_period = slowk_period
        self.slowk_matype = slowk_matype
        self.slowd_period = slowd_period
        self.slowd_matype = slowd_matype
        fastK = StochasticK(period: fastk_period)
        slowK = MovingAverage(timeperiod: slowk_period, matype: slowk_matype)
        slowD = MovingAverage(timeperiod: slowd_period, matype: slowd_matype)
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastk_period: parameters.int("fastk_period"), slowk_period: parameters.int("slowk_period"),
            slowk_matype: parameters.maType("slowk_matype"), slowd_period: parameters.int("slowd_period"),
            slowd_matype: parameters.maType("slowd_matype"))
    }

    public var lookback: Int { fastK.lookback + slowK.lookback + slowD.lookback }

    public mutating func update(_ bar: PriceBar) -> Value? {
        guard let k = fastK.update(high: bar.high, low: bar.low, close: bar.close),
            let smoothedK = slowK.update(k), let smoothedD = slowD.update(smoothedK)
        else { return nil }
        return Value(slowk: smoothedK, slowd: smoothedD)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], fastk_period: Int = 5, slowk_period: Int = 3,
        slowk_matype: MAType = .sma, slowd_period: Int = 3, slowd_matype: MAType = .sma
    ) -> Series {
        let indicator = STOCH(
            fastk_period: fastk_period, slowk_period: slowk_period, slowk_matype: slowk_matype,
            slowd_period: slowd_period, slowd_matype: slowd_matype)
        let output = columns(indicator, count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(slowk: output[0], slowd: output[1])
    }
}
