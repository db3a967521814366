/// Schaff Trend Cycle, Doug Schaff (late 1990s): a MACD put through two smoothed stochastics,
/// giving a 0–100 cycle that turns earlier than the MACD. Above 75 and turning down: sell; below
/// 25 and turning up: buy.
///
/// MACD = EMA(close, `fastperiod`) − EMA(close, `slowperiod`); %K = 100 × (MACD − its lowest) /
/// its range over `cycleperiod` bars; that smoothed by an EMA of span `smoothperiod` (3: Schaff's
/// factor 0.5); the same stochastic and smoothing again give the STC. Where a range is zero the
/// stochastic keeps its previous value (Schaff's rule; 0 before any). Every EMA is seeded with
/// its first input and reported once it has seen as many values as its span, as the `ta`
/// library computes it. Lookback: (max(fast, slow) − 1) + 2 × (cycle − 1) + 2 × (smooth − 1).
public struct STC: CatalogIndicator {
    public static let functionName = "STC"

    public static let info = FunctionInfo(
        name: functionName, group: "Momentum Indicators", displayName: "Schaff Trend Cycle",
        inputs: [InputInfo("real", defaultColumn: "close")],
        parameters: [
            ParameterInfo("fastperiod", kind: .integer, default: 23, minimum: 1, maximum: 100_000,
                          displayName: "Fast Period", help: "Span of the fast EMA of the MACD"),
            ParameterInfo("slowperiod", kind: .integer, default: 50, minimum: 1, maximum: 100_000,
                          displayName: "Slow Period", help: "Span of the slow EMA of the MACD"),
            ParameterInfo("cycleperiod", kind: .integer, default: 10, minimum: 1, maximum: 100_000,
                          displayName: "Cycle Period", help: "Bars of each stochastic"),
            ParameterInfo("smoothperiod", kind: .integer, default: 3, minimum: 1, maximum: 100_000,
                          displayName: "Smoothing Period", help: "Span of the EMA after each stochastic (3: factor 0.5)"),
        ],
        outputs: [OutputInfo("real", flags: ["Line"])],
        source: "Doug Schaff, Schaff Trend Cycle (late 1990s); arithmetic as in the ta library 0.11"
    )

    public let fastperiod: Int
    public let slowperiod: Int
    public let cycleperiod: Int
    public let smoothperiod: Int
    private var fast: BeyondEMA
    private var slow: BeyondEMA
    private var macdStage: BeyondStochasticStage
    private var trendStage: BeyondStochasticStage
    private var seen = 0

    /// - Parameters: spans and periods 1…100000 (Schaff's 23, 50, 10 and factor 0.5 by default).
    public init(fastperiod: Int = 23, slowperiod: Int = 50, cycleperiod: Int = 10, smoothperiod: Int = 3) {
        for period in [fastperiod, slowperiod, cycleperiod, smoothperiod] {
            precondition((1...100_000).contains(period), "STC periods must be 1…100000")
        }
        self.fastperiod = fastperiod
        self.slowperiod = slowperiod
        self.cycleperiod = cycleperiod
        self.smoothperiod = smoothperiod
        fast = BeyondEMA(span: fastperiod)
        slow = BeyondEMA(span: slowperiod)
        macdStage = BeyondStochasticStage(period: cycleperiod, span: smoothperiod)
        trendStage = BeyondStochasticStage(period: cycleperiod, span: smoothperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(fastperiod: parameters.int("fastperiod"), slowperiod: parameters.int("slowperiod"),
                  cycleperiod: parameters.int("cycleperiod"), smoothperiod: parameters.int("smoothperiod"))
    }

    public var lookback: Int { max(fastperiod, slowperiod) - 1 + 2 * (cycleperiod - 1) + 2 * (smoothperiod - 1) }

    public mutating func update(_ close: Double) -> Double? {
        let macd = fast.update(close) - slow.update(close)
        seen += 1
        guard seen >= max(fastperiod, slowperiod),
              let smoothed = macdStage.update(macd)
        else { return nil }
        return trendStage.update(smoothed)
    }

    /// The batch form: NaN for the first `lookback` positions.
    public static func compute(
        _ real: [Double], fastperiod: Int = 23, slowperiod: Int = 50, cycleperiod: Int = 10, smoothperiod: Int = 3
    ) -> [Double] {
        series(STC(fastperiod: fastperiod, slowperiod: slowperiod, cycleperiod: cycleperiod, smoothperiod: smoothperiod),
               count: real.count) { real[$0] }
    }
}

/// One stage of the Schaff Trend Cycle: a stochastic over `period` values (held where the range
/// is zero) smoothed by an EMA, reported once the EMA has seen `span` values.
struct BeyondStochasticStage: Sendable {
    private var extremes: BeyondChannel
    private var average: BeyondEMA
    private let span: Int
    private var stochastic = 0.0
    private var averaged = 0

    init(period: Int, span: Int) {
        extremes = BeyondChannel(period: period)
        average = BeyondEMA(span: span)
        self.span = span
    }

    mutating func update(_ value: Double) -> Double? {
        extremes.append(high: value, low: value)
        guard extremes.isFull else { return nil }
        let range = extremes.high - extremes.low
        if range > 0 || range.isNaN { stochastic = 100 * (value - extremes.low) / range }
        let smoothed = average.update(stochastic)
        averaged += 1
        return averaged >= span ? smoothed : nil
    }
}
