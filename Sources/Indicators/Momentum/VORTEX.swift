/// Vortex indicator: the window's upward (|high − previous low|) and downward (|low − previous
/// high|) vortex movement, each over the window's true range; +VI above −VI marks an up-trend.
///
/// TA-Lib's `VORTEX` (lookback `timeperiod`): running sums over `timeperiod` bars; once every
/// true range in the window is zero the true-range sum is reset to exactly 0, and both lines
/// are 0 while that sum is not positive.
public struct VORTEX: CatalogIndicator {
    public static let functionName = "VORTEX"

    /// One bar's vortex lines, in TA-Lib's output order.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var plusvi: Double
        public var minusvi: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? plusvi : minusvi }
    }

    /// The batch outputs, NaN for the first `timeperiod` bars.
    public struct Series: Sendable, Hashable {
        public var plusvi: [Double]
        public var minusvi: [Double]
    }

    private struct Term: Sendable {
        var range: Double
        var plus: Double
        var minus: Double
    }

    public let timeperiod: Int
    private var terms: RingBuffer<Term>
    private var range = 0.0
    private var plus = 0.0
    private var minus = 0.0
    private var flatRun = 0 // consecutive zero true ranges, capped at the period
    private var previous: PriceBar?
    private var bars = 0

    /// - Parameter timeperiod: bars summed, 1…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((1...100_000).contains(timeperiod), "VORTEX timeperiod must be 1…100000")
        self.timeperiod = timeperiod
        terms = RingBuffer(capacity: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod }

    public mutating func update(_ bar: PriceBar) -> Value? {
        defer { previous = bar }
        guard let previous else { return nil }
        let term = Term(
            range: TALibMath.trueRange(high: bar.high, low: bar.low, previousClose: previous.close),
            plus: abs(bar.high - previous.low),
            minus: abs(bar.low - previous.high))
        terms.append(term)
        range += term.range
        plus += term.plus
        minus += term.minus
        flatRun = term.range == 0 ? flatRun + 1 : 0
        if bars < timeperiod { bars += 1 }
        guard bars == timeperiod else { return nil }
        if flatRun >= timeperiod {
            flatRun = timeperiod
            range = 0
        }
        let value = range > 0
            ? Value(plusvi: plus / range, minusvi: minus / range)
            : Value(plusvi: 0, minusvi: 0)
        let leaving = terms.oldest
        range -= leaving.range
        plus -= leaving.plus
        minus -= leaving.minus
        return value
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> Series {
        precondition(high.count == close.count && low.count == close.count, "VORTEX inputs differ in length")
        let lines = columns(VORTEX(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(plusvi: lines[0], minusvi: lines[1])
    }
}
