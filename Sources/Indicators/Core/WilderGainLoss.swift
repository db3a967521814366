/// Wilder's average gain and average loss of a series' one-bar changes, as TA-Lib's CMO keeps
/// them: seeded with their means over the first `period` changes, then
/// `(average × (period − 1) + change) / period`. Shared by CMO and CONNORSRSI's two RSIs. (RSI
/// and STOCHRSI's inner RSI scale by the reciprocal of the period instead, as TA-Lib 0.8 does
/// there, which gives other bits; they keep their own sums.)
struct WilderGainLoss: Sendable {
    let period: Int
    private let divisor: Double
    private var previous: Double?
    private(set) var gain = 0.0
    private(set) var loss = 0.0
    private var changes = 0

    init(period: Int) {
        self.period = period
        divisor = Double(period)
    }

    /// Takes in the next value; true once the averages cover `period` changes.
    @inline(__always)
    mutating func update(_ value: Double) -> Bool {
        defer { previous = value }
        guard let previous else { return false }
        let change = value - previous
        if changes < period {
            changes += 1
            if change < 0 { loss -= change } else { gain += change }
            guard changes == period else { return false }
        } else {
            loss *= Double(period - 1)
            gain *= Double(period - 1)
            if change < 0 { loss -= change } else { gain += change }
        }
        loss /= divisor
        gain /= divisor
        return true
    }
}
