/// Percentage volume oscillator: the fast moving average of volume above the slow one, as a
/// percentage of the slow one; rising when activity picks up.
///
/// TA-Lib's `PVO` (lookback the slow average's): PPO applied to volume, with the same swap of
/// misordered periods and 0 where the slow average is within 1e-14 of zero.
public struct PVO: CatalogIndicator {
    public static let functionName = "PVO"

    public let fastperiod: Int
    public let slowperiod: Int
    public let matype: MAType
    private var averages: PriceOscillatorAverages

    /// - Parameters:
    ///   - fastperiod: periods of the fast average, 2…100000 (default 12).
    ///   - slowperiod: periods of the slow average, 2…100000 (default 26).
    ///   - matype: type of both averages (default EMA).
    public init(fastperiod: Int = 12, slowperiod: Int = 26, matype: MAType = .ema) {
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        self.matype = matype
        averages = PriceOscillatorAverages(function: Self.functionName, fastperiod: fastperiod, slowperiod: slowperiod, matype: matype)
    }

    public init(parameters: ParameterValues) {
        self.init(
            fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"),
            matype: parameters.maType("matype"))
    }

    public var lookback: Int { averages.lookback }

    public mutating func update(_ volume: Double) -> Double? {
        averages.update(volume).map(PriceOscillatorAverages.percentage)
    }

    /// The batch form: NaN for the first `lookback` bars.
    public static func compute(
        _ volume: [Double], fastperiod: Int = 12, slowperiod: Int = 26, matype: MAType = .ema
    ) -> [Double] {
        series(PVO(fastperiod: fastperiod, slowperiod: slowperiod, matype: matype), count: volume.count) {
            volume[$0]
        }
    }
}
