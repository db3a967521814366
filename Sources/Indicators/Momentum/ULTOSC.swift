/// Ultimate oscillator: buying pressure (close − true low) over true range, averaged on three
/// horizons weighted 4:2:1 (shortest heaviest), 0…100; above 70 is commonly read as overbought,
/// below 30 as oversold.
///
/// TA-Lib's `ULTOSC` (lookback: the longest period). The periods may be given in any order;
/// they are sorted, and a horizon with a zero true-range sum is left out of the total.
public struct ULTOSC: CatalogIndicator {
    public static let functionName = "ULTOSC"

    private struct Term: Sendable {
        var pressure: Double
        var range: Double
    }

    public let timeperiod1: Int
    public let timeperiod2: Int
    public let timeperiod3: Int
    private let periods: [Int] // ascending
    private var terms: RingBuffer<Term>
    private var pressures = [0.0, 0.0, 0.0]
    private var ranges = [0.0, 0.0, 0.0]
    private var previousClose: Double?
    private var bars = 0

    /// - Parameters: the three horizons, each 1…100000 (defaults 7, 14, 28).
    public init(timeperiod1: Int = 7, timeperiod2: Int = 14, timeperiod3: Int = 28) {
        for period in [timeperiod1, timeperiod2, timeperiod3] {
            precondition((1...100_000).contains(period), "ULTOSC periods must be 1…100000")
        }
        self.timeperiod1 = timeperiod1
        self.timeperiod2 = timeperiod2
        self.timeperiod3 = timeperiod3
        periods = [timeperiod1, timeperiod2, timeperiod3].sorted()
        terms = RingBuffer(capacity: periods[2])
    }

    public init(parameters: ParameterValues) {
        self.init(
            timeperiod1: parameters.int("timeperiod1"), timeperiod2: parameters.int("timeperiod2"),
            timeperiod3: parameters.int("timeperiod3"))
    }

    public var lookback: Int { periods[2] }

    public mutating func update(_ bar: PriceBar) -> Double? {
        defer { previousClose = bar.close }
        guard let previousClose else { return nil }
        if bars < lookback { bars += 1 }
        let trueLow = bar.low < previousClose ? bar.low : previousClose
        let term = Term(
            pressure: bar.close - trueLow,
            range: WilderMath.trueRange(high: bar.high, low: bar.low, previousClose: previousClose))
        terms.append(term)
        for horizon in 0..<3 where bars > lookback - periods[horizon] {
            pressures[horizon] += term.pressure
            ranges[horizon] += term.range
        }
        guard bars == lookback else { return nil }
        var output = 0.0
        if !WilderMath.isZero(ranges[0]) { output += 4 * (pressures[0] / ranges[0]) }
        if !WilderMath.isZero(ranges[1]) { output += 2 * (pressures[1] / ranges[1]) }
        if !WilderMath.isZero(ranges[2]) { output += pressures[2] / ranges[2] }
        for horizon in 0..<3 {
            let leaving = terms[age: periods[horizon] - 1]
            pressures[horizon] -= leaving.pressure
            ranges[horizon] -= leaving.range
        }
        return 100 * (output / 7)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first bars (as many as the longest period).
    public static func compute(
        high: [Double], low: [Double], close: [Double], timeperiod1: Int = 7, timeperiod2: Int = 14,
        timeperiod3: Int = 28
    ) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "ULTOSC inputs differ in length")
        let indicator = ULTOSC(timeperiod1: timeperiod1, timeperiod2: timeperiod2, timeperiod3: timeperiod3)
        return series(indicator, count: close.count) { PriceBar(high: high[$0], low: low[$0], close: close[$0]) }
    }
}
