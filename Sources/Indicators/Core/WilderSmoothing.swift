/// Wilder's smoothing as TA-Lib 0.8 runs it in RMA and ATR (so NATR, KC and SUPERTREND): the mean
/// of the first `period` values, then `fma(previous, β, α·value)` with `β = (period−1)/period` and
/// `α = 1 − β`.
struct WilderSmoothing: Sendable {
    private let period: Int
    private let divisor: Double
    private let beta: Double
    private let alpha: Double
    private var seen = 0
    private var average = 0.0 // the sum of the values until `seen` reaches the period

    init(period: Int) {
        self.period = period
        divisor = Double(period)
        beta = Double(period - 1) / Double(period)
        alpha = 1.0 - beta
    }

    mutating func update(_ value: Double) -> Double? {
        if seen < period {
            seen += 1
            average += value
            guard seen == period else { return nil }
            average /= divisor
        } else {
            average = (alpha * value).addingProduct(average, beta)
        }
        return average
    }
}
