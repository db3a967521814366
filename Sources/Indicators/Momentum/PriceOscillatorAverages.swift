/// The two averages behind APO, PPO and PVO: a fast and a slow moving average of the same type,
/// both run from the first bar (periods swapped if given in the wrong order, as in TA-Lib).
struct PriceOscillatorAverages: Sendable {
    let lookback: Int
    private var fast: MovingAverage
    private var slow: MovingAverage

    /// - Parameter function: the indicator's name, for the message when a period is out of range.
    init(function: String, fastperiod: Int, slowperiod: Int, matype: MAType) {
        precondition((2...100_000).contains(fastperiod), "\(function) fastperiod must be 2…100000")
        precondition((2...100_000).contains(slowperiod), "\(function) slowperiod must be 2…100000")
        fast = MovingAverage(timeperiod: min(fastperiod, slowperiod), matype: matype)
        slow = MovingAverage(timeperiod: max(fastperiod, slowperiod), matype: matype)
        lookback = slow.lookback
    }

    /// Both averages once the slow one is defined.
    @inline(__always)
    mutating func update(_ value: Double) -> (fast: Double, slow: Double)? {
        let fastAverage = fast.update(value)
        guard let slowAverage = slow.update(value), let fastAverage else { return nil }
        return (fastAverage, slowAverage)
    }

    /// TA-Lib's percentage of the slow average, 0 where that average is within 1e-14 of zero.
    @inline(__always)
    static func percentage(_ averages: (fast: Double, slow: Double)) -> Double {
        let slow = averages.slow
        guard !TALibMath.isZero(slow) else { return 0 }
        return ((averages.fast - slow) / slow) * 100.0
    }
}
