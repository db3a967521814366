/// Floor-trader pivot points: the pivot (the previous period's typical price) and support and
/// resistance levels around it, from the previous period's high, low and close. Price above the
/// pivot reads as bullish; the levels are targets and stops.
///
/// `method`: 0 classic (floor) pivots, with R4/S4 extended by the range as in finta; 1 Fibonacci
/// pivots (the range times 0.382, 0.618, 1 and 1.382 around the pivot); 2 Camarilla pivots
/// (Nick Scott, 1989: the close ± the range times 1.1/12, 1.1/6, 1.1/4, 1.1/2). A period is
/// `barsperperiod` bars counted from the first bar (1: each bar's levels come from the bar
/// before; 24 on hourly bars starting at midnight: daily pivots). Levels hold for a whole period
/// and are known at its first bar. Lookback: `barsperperiod`.
public struct PIVOTS: CatalogIndicator {
    public static let functionName = "PIVOTS"

    public static let info = FunctionInfo(
        name: functionName, group: "Overlap Studies", displayName: "Pivot Points (Classic, Fibonacci, Camarilla)",
        inputs: [InputInfo("high", defaultColumn: "high"), InputInfo("low", defaultColumn: "low"),
                 InputInfo("close", defaultColumn: "close")],
        parameters: [
            ParameterInfo("method", kind: .integer, default: 0, minimum: 0, maximum: 2,
                          displayName: "Method", help: "0 classic, 1 Fibonacci, 2 Camarilla"),
            ParameterInfo("barsperperiod", kind: .integer, default: 1, minimum: 1, maximum: 100_000,
                          displayName: "Bars per period", help: "Bars in one pivot period, counted from the first bar"),
        ],
        outputs: [OutputInfo("pivot", flags: ["Line"]),
                  OutputInfo("r1", flags: ["Dashed Line"]), OutputInfo("r2", flags: ["Dashed Line"]),
                  OutputInfo("r3", flags: ["Dashed Line"]), OutputInfo("r4", flags: ["Dashed Line"]),
                  OutputInfo("s1", flags: ["Dashed Line"]), OutputInfo("s2", flags: ["Dashed Line"]),
                  OutputInfo("s3", flags: ["Dashed Line"]), OutputInfo("s4", flags: ["Dashed Line"])],
        source: "Floor-trader pivots; Fibonacci pivots; Camarilla equation, Nick Scott, 1989 (levels as in finta 1.3)"
    )

    public enum Method: Int, Sendable, Hashable, CaseIterable {
        case classic = 0, fibonacci, camarilla
    }

    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var pivot, r1, r2, r3, r4, s1, s2, s3, s4: Double

        public static var componentCount: Int { 9 }
        public func component(_ index: Int) -> Double {
            switch index {
            case 0: pivot
            case 1: r1
            case 2: r2
            case 3: r3
            case 4: r4
            case 5: s1
            case 6: s2
            case 7: s3
            default: s4
            }
        }
    }

    public struct Series: Sendable, Hashable {
        public var pivot, r1, r2, r3, r4, s1, s2, s3, s4: [Double]
    }

    public let method: Method
    public let barsperperiod: Int
    private var levels: Value?
    private var periodHigh = 0.0
    private var periodLow = 0.0
    private var barInPeriod = 0

    /// - Parameters:
    ///   - method: classic (default), Fibonacci or Camarilla.
    ///   - barsperperiod: bars in one period, 1…100000 (default 1: the previous bar).
    public init(method: Method = .classic, barsperperiod: Int = 1) {
        precondition((1...100_000).contains(barsperperiod), "PIVOTS barsperperiod must be 1…100000")
        self.method = method
        self.barsperperiod = barsperperiod
    }

    public init(parameters: ParameterValues) {
        self.init(method: Method(rawValue: parameters.int("method")) ?? .classic,
                  barsperperiod: parameters.int("barsperperiod"))
    }

    public var lookback: Int { barsperperiod }

    public mutating func update(_ bar: PriceBar) -> Value? {
        let current = levels
        if barInPeriod == 0 {
            periodHigh = bar.high
            periodLow = bar.low
        } else {
            if bar.high > periodHigh || bar.high.isNaN { periodHigh = bar.high }
            if bar.low < periodLow || bar.low.isNaN { periodLow = bar.low }
        }
        barInPeriod += 1
        if barInPeriod == barsperperiod {
            levels = Self.levels(method, high: periodHigh, low: periodLow, close: bar.close)
            barInPeriod = 0
        }
        return current
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Value? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The levels from one period's high, low and close, in finta's order of operations.
    public static func levels(_ method: Method, high: Double, low: Double, close: Double) -> Value {
        let pivot = (high + low + close) / 3
        let range = high - low
        switch method {
        case .classic:
            return Value(
                pivot: pivot,
                r1: (pivot * 2) - low, r2: pivot + range, r3: high + (2 * (pivot - low)), r4: high + (3 * (pivot - low)),
                s1: (pivot * 2) - high, s2: pivot - range, s3: low - (2 * (high - pivot)), s4: low - (3 * (high - pivot)))
        case .fibonacci:
            return Value(
                pivot: pivot,
                r1: pivot + (range * 0.382), r2: pivot + (range * 0.618), r3: pivot + (range * 1), r4: pivot + (range * 1.382),
                s1: pivot - (range * 0.382), s2: pivot - (range * 0.618), s3: pivot - (range * 1), s4: pivot - (range * 1.382))
        case .camarilla:
            return Value(
                pivot: pivot,
                r1: close + range * 1.1 / 12, r2: close + range * 1.1 / 6, r3: close + range * 1.1 / 4, r4: close + range * 1.1 / 2,
                s1: close - range * 1.1 / 12, s2: close - range * 1.1 / 6, s3: close - range * 1.1 / 4, s4: close - range * 1.1 / 2)
        }
    }

    /// The batch form: NaN for the first period.
    public static func compute(
        high: [Double], low: [Double], close: [Double], method: Method = .classic, barsperperiod: Int = 1
    ) -> Series {
        let count = min(high.count, low.count, close.count)
        let out = columns(PIVOTS(method: method, barsperperiod: barsperperiod), count: count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
        return Series(pivot: out[0], r1: out[1], r2: out[2], r3: out[3], r4: out[4],
                      s1: out[5], s2: out[6], s3: out[7], s4: out[8])
    }
}
