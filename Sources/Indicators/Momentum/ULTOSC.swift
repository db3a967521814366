/// Ultimate oscillator: buying pressure (close − true low) over true range, averaged on three
/// horizons weighted 4:2:1 (shortest heaviest), 0…100; above 70 is commonly read as overbought,
/// below 30 as oversold.
///
/// TA-Lib's `ULTOSC` (lookback: the longest period). The periods may be given in any order;
/// they are sorted. A horizon whose bars all had zero true range and pressure is reset to
/// exactly 0, and a horizon with no positive true-range sum is left out of the total.
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
    private var emptyRun = 0 // consecutive bars with zero true range and pressure, capped

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
            range: TALibMath.trueRange(high: bar.high, low: bar.low, previousClose: previousClose))
        terms.append(term)
        for horizon in 0..<3 where bars > lookback - periods[horizon] {
            pressures[horizon] += term.pressure
            ranges[horizon] += term.range
        }
        emptyRun = term.range == 0 && term.pressure == 0 ? emptyRun + 1 : 0
        guard bars == lookback else { return nil }
        for horizon in 0..<3 where emptyRun >= periods[horizon] {
            pressures[horizon] = 0
            ranges[horizon] = 0
        }
        emptyRun = min(emptyRun, lookback)
        var output = 0.0
        if ranges[0] > 0 { output += 4 * (pressures[0] / ranges[0]) }
        if ranges[1] > 0 { output += 2 * (pressures[1] / ranges[1]) }
        if ranges[2] > 0 { output += pressures[2] / ranges[2] }
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
