/// Squeeze Momentum, after John Carter's TTM Squeeze ("Mastering the Trade", 2005, ch. 11) in
/// LazyBear's open formulation (TradingView, 2014): volatility compression and the momentum it
/// is likely to release. `squeezeon` is 1 while the Bollinger Bands lie inside the Keltner
/// Channels (quiet market, energy building); `squeezeoff` is 1 once they are outside again (the
/// squeeze has fired); `momentum`'s sign and slope give the likely direction.
///
/// Bollinger Bands: SMA(close, `bbperiod`) ± `bbdev` × population standard deviation (Carter's
/// 2; LazyBear's script used the Keltner multiplier there, a known slip). Keltner Channels:
/// SMA(close, `kcperiod`) ± `kcmult` × SMA(true range, `kcperiod`). momentum: the end point of the
/// least-squares line over `kcperiod` bars of close − (mean of the channel midpoint and the SMA),
/// the channel midpoint being (highest high + lowest low) / 2 over `kcperiod`. As pandas-ta's
/// `squeeze(lazybear=True)`. Lookback: max(`bbperiod` − 1, `kcperiod` (the true range needs a
/// previous close), 2 × `kcperiod` − 2).
public struct SQUEEZE: CatalogIndicator {
    public static let functionName = "SQUEEZE"

    public static let info = FunctionInfo(
        name: functionName, group: "Momentum Indicators", displayName: "Squeeze Momentum",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low"),
                 InputInfo("close", defaultColumn: "close")],
        parameters: [
            ParameterInfo("bbperiod", kind: .integer, default: 20, minimum: 2, maximum: 100_000,
                          displayName: "Bollinger period", help: "Bars of the Bollinger Bands"),
            ParameterInfo("bbdev", kind: .real, default: 2, minimum: 0, maximum: 1_000,
                          displayName: "Bollinger deviations", help: "Standard deviations of the Bollinger Bands"),
            ParameterInfo("kcperiod", kind: .integer, default: 20, minimum: 2, maximum: 100_000,
                          displayName: "Keltner period", help: "Bars of the Keltner Channels and of the momentum"),
            ParameterInfo("kcmult", kind: .real, default: 1.5, minimum: 0, maximum: 1_000,
                          displayName: "Keltner multiplier", help: "Average true ranges of the Keltner Channels"),
        ],
        outputs: [OutputInfo("momentum", flags: ["Histogram"]),
                  OutputInfo("squeezeon", isInteger: true, flags: ["Line"]),
                  OutputInfo("squeezeoff", isInteger: true, flags: ["Line"])],
        source: "John F. Carter, Mastering the Trade, 2005 (TTM Squeeze); LazyBear, Squeeze Momentum Indicator, TradingView, 2014"
    )

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var momentum: Double
        /// 1 while the Bollinger Bands are inside the Keltner Channels, else 0.
        public var squeezeon: Double
        /// 1 while the Bollinger Bands are outside the Keltner Channels, else 0.
        public var squeezeoff: Double

        public static var componentCount: Int { 3 }
        public func component(_ index: Int) -> Double {
            switch index {
            case 0: momentum
            case 1: squeezeon
            default: squeezeoff
            }
        }
    }

    public struct Series: Sendable, Hashable {
        public var momentum: [Double]
        public var squeezeon: [Double]
        public var squeezeoff: [Double]
    }

    public let bbperiod: Int
    public let bbdev: Double
    public let kcperiod: Int
    public let kcmult: Double
    private var bbSum: BeyondRollingSum
    private var bbSquares: BeyondRollingSum
    private var kcSum: BeyondRollingSum
    private var rangeSum: BeyondRollingSum
    private var trueRange = TRANGE()
    private var channel: BeyondChannel
    private var regression: BeyondLinearRegression
    private var seen = 0

    /// - Parameters:
    ///   - bbperiod: 2…100000 (default 20); bbdev: 0…1000 (default 2).
    ///   - kcperiod: 2…100000 (default 20); kcmult: 0…1000 (default 1.5).
    public init(bbperiod: Int = 20, bbdev: Double = 2, kcperiod: Int = 20, kcmult: Double = 1.5) {
        precondition((2...100_000).contains(bbperiod), "SQUEEZE bbperiod must be 2…100000")
        precondition((2...100_000).contains(kcperiod), "SQUEEZE kcperiod must be 2…100000")
        precondition((0...1_000).contains(bbdev) && (0...1_000).contains(kcmult), "SQUEEZE multipliers must be 0…1000")
        self.bbperiod = bbperiod
        self.bbdev = bbdev
        self.kcperiod = kcperiod
        self.kcmult = kcmult
        bbSum = BeyondRollingSum(capacity: bbperiod)
        bbSquares = BeyondRollingSum(capacity: bbperiod)
        kcSum = BeyondRollingSum(capacity: kcperiod)
        rangeSum = BeyondRollingSum(capacity: kcperiod)
        channel = BeyondChannel(period: kcperiod)
        regression = BeyondLinearRegression(period: kcperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(bbperiod: parameters.int("bbperiod"), bbdev: parameters.real("bbdev"),
                  kcperiod: parameters.int("kcperiod"), kcmult: parameters.real("kcmult"))
    }

    public var lookback: Int { max(bbperiod - 1, kcperiod, 2 * kcperiod - 2) }

    public mutating func update(_ bar: PriceBar) -> Value? {
        seen += 1
        bbSum.append(bar.close)
        bbSquares.append(bar.close * bar.close)
        kcSum.append(bar.close)
        channel.append(high: bar.high, low: bar.low)
        if let range = trueRange.update(high: bar.high, low: bar.low, close: bar.close) { rangeSum.append(range) }
        var momentum = Double.nan
        if kcSum.isFull {
            let average = 0.25 * (channel.high + channel.low) + 0.5 * kcSum.mean
            momentum = regression.update(bar.close - average) ?? .nan
        }
        guard seen > lookback else { return nil }

        let middle = bbSum.mean
        var variance = bbSquares.mean - middle * middle
        if variance < 0 { variance = 0 } // rounding, never a real negative
        let deviation = bbdev * variance.squareRoot()
        let (bbLower, bbUpper) = (middle - deviation, middle + deviation)
        let basis = kcSum.mean
        let band = kcmult * rangeSum.mean
        let (kcLower, kcUpper) = (basis - band, basis + band)
        let on = bbLower > kcLower && bbUpper < kcUpper
        let off = bbLower < kcLower && bbUpper > kcUpper
        return Value(momentum: momentum, squeezeon: on ? 1 : 0, squeezeoff: off ? 1 : 0)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(
        high: [Double], low: [Double], close: [Double],
        bbperiod: Int = 20, bbdev: Double = 2, kcperiod: Int = 20, kcmult: Double = 1.5
    ) -> Series {
        let count = min(high.count, low.count, close.count)
        let out = columns(SQUEEZE(bbperiod: bbperiod, bbdev: bbdev, kcperiod: kcperiod, kcmult: kcmult), count: count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(momentum: out[0], squeezeon: out[1], squeezeoff: out[2])
    }
}

/// The end point of the least-squares line through the last `period` values (TA-Lib's
/// LINEARREG), O(1) amortised: Σy and Σx·y slide in O(1) and are summed afresh from the window
/// every `period` values, which bounds rounding drift and lets a NaN or infinity wash out.
// Not LinearRegressionWindow (TA-Lib's LINEARREG): other sums and refreshes, which match pandas-ta.
struct BeyondLinearRegression: Sendable {
    let period: Int
    private var window: RingBuffer<Double>
    private var sumY = 0.0
    private var sumXY = 0.0 // x = 0 for the oldest value … period − 1 for the newest
    private var sinceRefresh = 0
    private let sumX: Double
    private let sumXSquared: Double
    private let divisor: Double

    init(period: Int) {
        precondition(period >= 2)
        self.period = period
        window = RingBuffer(capacity: period)
        let n = Double(period)
        sumX = 0.5 * n * (n - 1)
        sumXSquared = n * (n - 1) * (2 * n - 1) / 6
        divisor = n * sumXSquared - sumX * sumX
    }

    mutating func update(_ value: Double) -> Double? {
        if window.isFull {
            let oldest = window.oldest
            sumXY = sumXY - sumY + oldest + Double(period - 1) * value
            sumY = sumY - oldest + value
        } else {
            sumXY += Double(window.count) * value
            sumY += value
        }
        window.append(value)
        guard window.isFull else { return nil }
        sinceRefresh += 1
        if sinceRefresh >= period {
            sinceRefresh = 0
            sumY = 0
            sumXY = 0
            for x in 0..<period {
                let y = window[age: period - 1 - x]
                sumY += y
                sumXY += Double(x) * y
            }
        }
        let n = Double(period)
        let slope = (n * sumXY - sumX * sumY) / divisor
        let intercept = (sumY * sumXSquared - sumX * sumXY) / divisor
        return slope * (n - 1) + intercept
    }
}
