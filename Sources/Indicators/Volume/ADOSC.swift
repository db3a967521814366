/// Chaikin A/D oscillator: the fast EMA of the accumulation/distribution line minus its slow EMA;
/// above zero when accumulation is gaining momentum.
///
/// TA-Lib's `ADOSC`: both EMAs start at the first A/D value (not an SMA seed) and output begins
/// after the longer period's EMA lookback. `fastperiod` is always the minuend, even when longer.
public struct ADOSC: CatalogIndicator {
    public static let functionName = "ADOSC"

    public let fastperiod: Int
    public let slowperiod: Int
    private let fastK: Double
    private let slowK: Double
    private let fastRetain: Double
    private let slowRetain: Double
    private var ad = AD()
    private var fastEMA = 0.0
    private var slowEMA = 0.0
    private var bars = 0

    /// - Parameters:
    ///   - fastperiod: periods of the first EMA, 2…100000 (default 3).
    ///   - slowperiod: periods of the subtracted EMA, 2…100000 (default 10).
    public init(fastperiod: Int = 3, slowperiod: Int = 10) {
        precondition((2...100_000).contains(fastperiod), "ADOSC fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "ADOSC slowperiod must be 2…100000")
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        fastK = 2.0 / (Double(fastperiod) + 1.0)
        slowK = 2.0 / (Double(slowperiod) + 1.0)
        fastRetain = 1.0 - fastK
        slowRetain = 1.0 - slowK
    }

    public init(parameters: ParameterValues) {
        self.init(fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"))
    }

    public var lookback: Int { max(fastperiod, slowperiod) - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let line = ad.update(bar) ?? 0
        if bars == 0 {
            fastEMA = line
            slowEMA = line
        } else {
            // TA-Lib's build fuses k·ad + (1 − k)·ema into one multiply-add on the second product.
            fastEMA = (fastK * line).addingProduct(fastRetain, fastEMA)
            slowEMA = (slowK * line).addingProduct(slowRetain, slowEMA)
        }
        bars += 1
        return bars > lookback ? fastEMA - slowEMA : nil
    }

    public mutating func update(high: Double, low: Double, close: Double, volume: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close, volume: volume))
    }

    /// The batch form: NaN for the first `max(fastperiod, slowperiod) − 1` bars.
    public static func compute(
        high: [Double], low: [Double], close: [Double], volume: [Double], fastperiod: Int = 3, slowperiod: Int = 10
    ) -> [Double] {
        series(ADOSC(fastperiod: fastperiod, slowperiod: slowperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0], volume: volume[$0])
        }
    }
}
