/// Building blocks of the indicators beyond TA-Lib, kept apart from the TA-Lib functions so those
/// stay exact copies of TA-Lib's arithmetic.

/// An exponential average seeded with the first value and smoothed with α = 2 / (span + 1), in
/// pandas' `ewm(span:, adjust: false)` arithmetic (the form the references of STC use).
// Not EMA: pandas seeds with the first value (no lookback) and divides by the weights; EMA seeds with the mean.
struct BeyondEMA: Sendable {
    let alpha: Double
    private var average: Double?

    init(span: Int) {
        alpha = 2.0 / (1.0 + Double(span))
    }

    mutating func update(_ value: Double) -> Double {
        guard let previous = average else {
            average = value
            return value
        }
        var next = previous
        if previous != value {
            let oldWeight = 1.0 - alpha
            next = (oldWeight * previous + alpha * value) / (oldWeight + alpha)
        }
        average = next
        return next
    }
}

/// Wilder's smoothing (Williams' SMMA): the mean of the first `period` values, then
/// (previous × (period − 1) + value) / period, as TA-Lib's ATR smooths the true range.
// Not WilderSmoothing (RMA, ATR): the references multiply and divide where TA-Lib 0.8 fuses, other bits.
struct BeyondWilderAverage: Sendable {
    let period: Int
    private var seedSum = 0.0
    private var seen = 0
    private var average = 0.0

    init(period: Int) {
        precondition(period >= 1)
        self.period = period
    }

    mutating func update(_ value: Double) -> Double? {
        if seen < period {
            seedSum += value
            seen += 1
            guard seen == period else { return nil }
            average = seedSum / Double(period)
        } else {
            average = (average * Double(period - 1) + value) / Double(period)
        }
        return average
    }
}
