/// Fast stochastic: where the close sits in the range of the last `fastk_period` bars (fast
/// %K, 0…100) and its moving average (fast %D); quicker and noisier than the slow stochastic.
///
/// TA-Lib's `STOCHF` (lookback `fastk_period − 1` plus the %D average's lookback); a range of
/// zero width gives a %K of 0.
public struct STOCHF: CatalogIndicator {
    public static let functionName = "STOCHF"

    /// One bar's fast %K and fast %D.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var fastk: Double
        public var fastd: Double

        public init(fastk: Double, fastd: Double) {
            self.fastk = fastk
            self.fastd = fastd
        }

        public static var componentCount: Int { 2 }

        public func component(_ index: Int) -> Double { index == 0 ? fastk : fastd }
    }

    /// The batch outputs, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var fastk: [Double]
        public var fastd: [Double]

        init(_ columns: [[Double]]) {
            fastk = columns[0]
            fastd = columns[1]
        }
    }

    public let fastk_period: Int
    public let fastd_period: Int
    public let fastd_matype: MAType
    private var fastK: StochasticK
    private var fastD: MovingAverage

    /// - Parameters:
    ///   - fastk_period: bars in the high-low range, 1…100000 (default 5).
    ///   - fastd_period: periods of the average making %D, 1…100000 (default 3).
    ///   - fastd_matype: its type (default SMA).
    public init(fastk_period: Int = 5, fastd_period: Int = 3, fastd_matype: MAType = .sma) {
        precondition((1...100_000).contains(fastk_period), "STOCHF fastk_period must be 1…100000")
        precondition((1...100_000).contains(fastd_period), "STOCHF fastd_period must be 1…100000")
        self.fastk_period = fastk_period
        self.fastd_period = fastd_period
        self.fastd_matype = fastd_matype
        fastK = StochasticK(period: fastk_period)
        fastD = MovingAverage(timeperiod: fastd_period, matype: fastd_matype)
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastk_period: parameters.int("fastk_period"), fastd_period: parameters.int("fastd_period"),
            fastd_matype: parameters.maType("fastd_matype"))
    }

    public var lookback: Int { fastK.lookback + fastD.lookback }

    public mutating func update(_ bar: PriceBar) -> Value? {
        guard let k = fastK.update(high: bar.high, low: bar.low, close: bar.close), let d = fastD.update(k) else {
            return nil
        }
        return Value(fastk: k, fastd: d)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], fastk_period: Int = 5, fastd_period: Int = 3,
        fastd_matype: MAType = .sma
    ) -> Series {
        let indicator = STOCHF(fastk_period: fastk_period, fastd_period: fastd_period, fastd_matype: fastd_matype)
        return Series(columns(indicator, count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        })
    }
}
