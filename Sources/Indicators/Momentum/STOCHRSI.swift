/// Stochastic RSI: the fast stochastic applied to the RSI instead of the price, i.e. where the
/// RSI sits in its own recent range (0…100); it reaches its extremes far more often than RSI.
///
/// TA-Lib's `STOCHRSI` (lookback `timeperiod` plus STOCHF's); `fastk` and `fastd` as STOCHF's.
public struct STOCHRSI: CatalogIndicator {
    public static let functionName = "STOCHRSI"

    public typealias Value = STOCHF.Value
    public typealias Series = STOCHF.Series

    public let timeperiod: Int
    public let fastk_period: Int
    public let fastd_period: Int
    public let fastd_matype: MAType
    private var rsi: StochasticRSISource
    private var fastK: StochasticK
    private var fastD: MovingAverage

    /// - Parameters:
    ///   - timeperiod: periods of the RSI, 2…100000 (default 14).
    ///   - fastk_period: RSI values in the range, 1…100000 (default 5).
    ///   - fastd_period: periods of the average making %D, 1…100000 (default 3).
    ///   - fastd_matype: its type (default SMA).
    public init(timeperiod: Int = 14, fastk_period: Int = 5, fastd_period: Int = 3, fastd_matype: MAType = .sma) {
        precondition((2...100_000).contains(timeperiod), "STOCHRSI timeperiod must be 2…100000")
        precondition((1...100_000).contains(fastk_period), "STOCHRSI fastk_period must be 1…100000")
        precondition((1...100_000).contains(fastd_period), "STOCHRSI fastd_period must be 1…100000")
        self.timeperiod = timeperiod
        self.fastk_period = fastk_period
        self.fastd_period = fastd_period
        self.fastd_matype = fastd_matype
        rsi = StochasticRSISource(timeperiod: timeperiod)
        fastK = StochasticK(period: fastk_period)
        fastD = MovingAverage(timeperiod: fastd_period, matype: fastd_matype)
    }

    public init(parameters: ParameterValues) {
        self.init(
            timeperiod: parameters.int("timeperiod"), fastk_period: parameters.int("fastk_period"),
            fastd_period: parameters.int("fastd_period"), fastd_matype: parameters.maType("fastd_matype"))
    }

    public var lookback: Int { timeperiod + fastK.lookback + fastD.lookback }

    public mutating func update(_ value: Double) -> Value? {
        guard let strength = rsi.update(value), let k = fastK.update(high: strength, low: strength, close: strength),
            let d = fastD.update(k)
        else { return nil }
        return Value(fastk: k, fastd: d)
    }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(
        _ real: [Double], timeperiod: Int = 14, fastk_period: Int = 5, fastd_period: Int = 3,
        fastd_matype: MAType = .sma
    ) -> Series {
        let indicator = STOCHRSI(
            timeperiod: timeperiod, fastk_period: fastk_period, fastd_period: fastd_period, fastd_matype: fastd_matype)
        return Series(columns(indicator, count: real.count) { real[$0] })
    }
}

/// The RSI inside TA-Lib 0.8's STOCHRSI: Wilder's averages of gains and losses, seeded with
/// their means over the first `timeperiod` changes, then `(average × (timeperiod − 1) + change)`
/// times the reciprocal of the period (the compiled library multiplies where its source
/// divides, so this is what reproduces its bits); 0 when both averages are within 1e-14 of zero.
// Neither RSI nor WilderGainLoss: TA-Lib 0.8 seeds it by division as CMO does but smooths it by
// the reciprocal as RSI does, a mix neither of those gives bit for bit.
private struct StochasticRSISource: Sendable {
    let timeperiod: Int
    private let reciprocal: Double
    private var previous: Double?
    private var gain = 0.0
    private var loss = 0.0
    private var changes = 0

    init(timeperiod: Int) {
        self.timeperiod = timeperiod
        reciprocal = 1.0 / Double(timeperiod)
    }

    mutating func update(_ value: Double) -> Double? {
        defer { previous = value }
        guard let previous else { return nil }
        let change = value - previous
        if changes < timeperiod {
            changes += 1
            if change < 0 { loss -= change } else { gain += change }
            guard changes == timeperiod else { return nil }
            loss /= Double(timeperiod)
            gain /= Double(timeperiod)
        } else {
            loss *= Double(timeperiod - 1)
            gain *= Double(timeperiod - 1)
            if change < 0 { loss -= change } else { gain += change }
            loss *= reciprocal
            gain *= reciprocal
        }
        let total = gain + loss
        return TALibMath.isZero(total) ? 0 : 100.0 * (gain / total)
    }
}
