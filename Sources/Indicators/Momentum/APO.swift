/// Absolute price oscillator: the fast moving average minus the slow one, in price units;
/// positive while the short-term trend runs above the long-term one.
///
/// TA-Lib's `APO` (lookback the slow average's): both averages run from the first bar, and the
/// periods are swapped if given in the wrong order.
public struct APO: CatalogIndicator {
    public static let functionName = "APO"

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

    public mutating func update(_ value: Double) -> Double? {
        averages.update(value).map { $0.fast - $0.slow }
    }

    /// The batch form: NaN for the first `lookback` values.
    public static func compute(
        _ real: [Double], fastperiod: Int = 12, slowperiod: Int = 26, matype: MAType = .ema
    ) -> [Double] {
        series(APO(fastperiod: fastperiod, slowperiod: slowperiod, matype: matype), count: real.count) { real[$0] }
    }
}
