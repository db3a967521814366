/// Commodity channel index: how far the typical price `(high + low + close) / 3` sits from its
/// mean, in units of 0.015 × its mean absolute deviation; beyond ±100 is commonly read as an
/// unusually strong move.
///
/// TA-Lib's `CCI` (lookback `timeperiod − 1`); 0 when the distance or the deviation is within
/// 1e-14 of the mean's magnitude (a flat window).
/// The mean absolute deviation needs the whole window, so each bar costs O(`timeperiod`), as in
/// TA-Lib, whose summation order (by slot of its circular buffer) is kept.
public struct CCI: CatalogIndicator {
    public static let functionName = "CCI"

    public let timeperiod: Int
    private let divisor: Double
    private var slots: [Double]
    private var next = 0
    private var filled = 0

    /// - Parameter timeperiod: bars in the window, 2…100000 (default 14).
    public init(timeperiod: Int = 14) {
        precondition((2...100_000).contains(timeperiod), "CCI timeperiod must be 2…100000")
        self.timeperiod = timeperiod
        divisor = Double(timeperiod)
        slots = [Double](repeating: 0, count: timeperiod)
    }

    public init(parameters: ParameterValues) {
        self.init(timeperiod: parameters.int("timeperiod"))
    }

    public var lookback: Int { timeperiod - 1 }

    public mutating func update(_ bar: PriceBar) -> Double? {
        let typical = (bar.high + bar.low + bar.close) / 3
        slots[next] = typical
        next = next + 1 == timeperiod ? 0 : next + 1
        if filled < timeperiod { filled += 1 }
        guard filled == timeperiod else { return nil }
        var mean = 0.0
        for value in slots { mean += value }
        mean /= divisor
        var deviation = 0.0
        for value in slots { deviation += abs(value - mean) }
        deviation /= divisor
        let distance = typical - mean
        let scale = abs(mean)
        guard !TALibMath.isZero(distance, relativeTo: scale), !TALibMath.isZero(deviation, relativeTo: scale)
        else { return 0 }
        return distance / (0.015 * deviation)
    }

    public mutating func update(high: Double, low: Double, close: Double) -> Double? {
        update(PriceBar(high: high, low: low, close: close))
    }

    /// The batch form: NaN for the first `timeperiod − 1` bars.
    public static func compute(high: [Double], low: [Double], close: [Double], timeperiod: Int = 14) -> [Double] {
        precondition(high.count == close.count && low.count == close.count, "CCI inputs differ in length")
        return series(CCI(timeperiod: timeperiod), count: close.count) {
            PriceBar(high: high[$0], low: low[$0], close: close[$0])
        }
    }
}
