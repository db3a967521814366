/// Moving average with a variable period: each bar takes the average whose period the `periods`
/// series gives for that bar (truncated, clamped to `minperiod…maxperiod`, NaN as `minperiod`).
///
/// TA-Lib's `MAVP` (lookback: the average's at `maxperiod`). As in TA-Lib, every period's average
/// starts where its own lookback ends at that bar, so recursive averages (EMA, KAMA, …) differ
/// from a full-history run; streaming keeps one average per allowed period, O(maxperiod −
/// minperiod) per bar.
public struct MAVP: CatalogIndicator {
    public static let functionName = "MAVP"

    public let minperiod: Int
    public let maxperiod: Int
    public let matype: MAType
    public let lookback: Int
    private var averages: [MovingAverage] // one per period, minperiod first
    private var outputs: [Double?]
    private var bars = 0

    /// - Parameters:
    ///   - minperiod: the smallest period used, 1…100000 (default 2).
    ///   - maxperiod: the largest period used, 1…100000, at least `minperiod` (default 30).
    ///   - matype: the average (default SMA).
    public init(minperiod: Int = 2, maxperiod: Int = 30, matype: MAType = .sma) {
        precondition((1...100_000).contains(minperiod), "MAVP minperiod must be 1…100000")
        precondition((1...100_000).contains(maxperiod), "MAVP maxperiod must be 1…100000")
        precondition(minperiod <= maxperiod, "MAVP minperiod must not exceed maxperiod")
        self.minperiod = minperiod
        self.maxperiod = maxperiod
        self.matype = matype
        averages = (minperiod...maxperiod).map { MovingAverage(timeperiod: $0, matype: matype) }
        outputs = Array(repeating: nil, count: averages.count)
        lookback = averages[averages.count - 1].lookback
    }

    public init(parameters: ParameterValues) {
        self.init(
            minperiod: parameters.int("minperiod"), maxperiod: parameters.int("maxperiod"),
            matype: parameters.maType("matype"))
    }

    /// `first` is the value, `second` the period wanted for this bar.
    public mutating func update(_ input: ValuePair) -> Double? {
        let today = bars
        bars += 1
        for index in averages.indices where today >= lookback - averages[index].lookback {
            outputs[index] = averages[index].update(input.first)
        }
        guard today >= lookback else { return nil }
        return outputs[period(input.second) - minperiod] ?? .nan
    }

    /// Feeds the next value and the period wanted for it.
    public mutating func update(real: Double, period: Double) -> Double? {
        update(ValuePair(real, period))
    }

    /// TA-Lib 0.8's conversion: truncated, saturating at the limits, NaN taken as `minperiod`.
    private func period(_ value: Double) -> Int {
        if value.isNaN || value <= Double(minperiod) { return minperiod }
        if value >= Double(maxperiod) { return maxperiod }
        return Int(value)
    }

    /// The batch form: NaN before the lookback.
    public static func compute(
        _ real: [Double], periods: [Double], minperiod: Int = 2, maxperiod: Int = 30, matype: MAType = .sma
    ) -> [Double] {
        series(MAVP(minperiod: minperiod, maxperiod: maxperiod, matype: matype), count: real.count) {
            ValuePair(real[$0], periods[$0])
        }
    }
}
