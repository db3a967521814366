/// Variable Index Dynamic Average, Tushar Chande ("Adapting Moving Averages to Market
/// Volatility", Technical Analysis of Stocks & Commodities, March 1992; with the Chande Momentum
/// Oscillator as its volatility index in Chande and Kroll, "The New Technical Trader", 1994): an
/// EMA whose speed scales with the strength of the trend, hugging price in trends and flattening
/// in congestion.
///
/// VIDYA = α·k·close + (1 − α·k)·VIDYA₋₁ with α = 2 / (`timeperiod` + 1) and k = |CMO| over
/// `timeperiod` changes, (Σ gains − Σ losses) / (Σ gains + Σ losses), as pandas-ta and
/// TradingView compute it; seeded with the simple mean of the first `timeperiod` closes (lookback
/// `timeperiod` − 1). With no change at all in the window k is 0 and VIDYA holds (pandas-ta
/// divides by zero there).
public struct VIDYA: CatalogIndicator {
    public static let functionName = "VIDYA"

    public static let info = FunctionInfo(
        name: functionName, group: "Overlap Studies", displayName: "Variable Index Dynamic Average",
        inputs: [InputInfo("real", defaultColumn: "close")],
        parameters: [
            ParameterInfo("timeperiod", kind: .integer, default: 14, minimum: 2, maximum: 100_000,
                          displayName: "Time Period", help: "Span of the average and bars of the CMO"),
        ],
        outputs: [OutputInfo("real", flags: ["Line"])],
        source: "Tushar Chande, Adapting Moving Averages to Market Volatility, Technical Analysis of Stocks & Commodities, March 1992; Chande and Kroll, The New Technical Trader, 1994"
    )

    public let timeperiod: Int
    private let alpha: Double
    private var gains: BeyondRollingSum
    private var losses: BeyondRollingSum
    private var previous: Double?
    private var seen = 0
    private var seedSum = 0.0
    private var average = 0.0

    /// - Parameter timeperiod: 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "VIDYA timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        alpha = 2 / (Double(timeperiod) + 1)
        gains = BeyondRollingSum(capacity: timeperiod)
        losses = BeyondRollingSum(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ close: Double) -> Double? {
        if let previous {
            let change = close - previous
            gains.append(change < 0 ? 0 : change)
            losses.append(change > 0 ? 0 : -change)
        }
        previous = close
        seen += 1
        guard seen > timeperiod else {
            seedSum += close
            guard seen == timeperiod else { return nil }
            average = seedSum / Double(timeperiod)
            return average
        }
        let up = gains.sumValue, down = losses.sumValue
        let total = up + down
        let k = total != 0 ? abs((up - down) / total) : 0
        average = alpha * k * close + average * (1 - alpha * k)
        return average
    }

    /// The batch form: NaN for the first `timeperiod` − 1 positions.
    public static func compute(_ real: [Double], timeperiod: Int = 14) -> [Double] {
        series(VIDYA(timeperiod: timeperiod), count: real.count) { real[$0] }
    }
}
