/// The least-squares line through the last `period` values against their position in the window
/// (0 for the oldest), as TA-Lib 0.8's LINEARREG family (and FOSC, one bar behind) keeps it: the
/// sums weight each value by its age, and the divisor's sign turns that into the slope over time.
///
/// The two data sums slide in O(1) (each retained value ages by one, the departing one leaves at
/// full weight), with TA-Lib's safeguards: a fresh scan of the window on the first
/// bar, every `32 × period` bars, and whenever the departing term exceeds 100 × the window's sum
/// of absolute values (where sliding would lose precision to cancellation). Same order of
/// operations as TA-Lib, so results match it bit for bit.
struct LinearRegressionWindow: Sendable {
    /// Slope and intercept (the line's value at the oldest bar) of the current window.
    struct Line {
        let slope: Double
        let intercept: Double

        /// The line's value `x` bars after the oldest of the window, `intercept + slope × x` as one
        /// fused multiply-add, as TA-Lib computes LINEARREG, TSF and FOSC.
        @inline(__always)
        func value(at x: Double) -> Double { intercept.addingProduct(slope, x) }
    }

    let period: Int
    private let n: Double
    private let sumX: Double
    private let divisor: Double
    private var window: RingBuffer<Double>
    private var sumY = 0.0
    private var sumXY = 0.0
    private var sumOfMagnitudes = 0.0
    private var barsUntilRescan = 0

    init(period: Int) {
        precondition(period >= 2)
        self.period = period
        n = Double(period)
        let pairs = n * Double(period - 1)
        sumX = 0.5 * pairs
        let sumXSquared = Double(2 * period - 1) * pairs / 6.0
        divisor = sumX * sumX - n * sumXSquared
        window = RingBuffer(capacity: period)
    }

    /// Takes in the next value; the fitted line once `period` values are in.
    mutating func update(_ value: Double) -> Line? {
        let departing = window.isFull ? window.oldest : nil
        window.append(value)
        guard window.isFull else { return nil }
        if let departing {
            barsUntilRescan -= 1
            if barsUntilRescan == 0 {
                rescan()
            } else {
                sumOfMagnitudes = sumOfMagnitudes - abs(departing) + abs(value)
                let departingTerm = n * departing
                if abs(departingTerm) > sumOfMagnitudes * 100.0 {
                    rescan()
                } else {
                    sumXY = sumXY + sumY - departingTerm
                    sumY = sumY - departing + value
                }
            }
        } else {
            rescan()
        }
        let slope = (n * sumXY - sumX * sumY) / divisor
        return Line(slope: slope, intercept: (sumY - slope * sumX) / n)
    }

    private mutating func rescan() {
        sumY = 0
        sumXY = 0
        sumOfMagnitudes = 0
        for age in stride(from: period - 1, through: 0, by: -1) {
            let value = window[age: age]
            sumY += value
            sumXY += Double(age) * value
            sumOfMagnitudes += abs(value)
        }
        barsUntilRescan = 32 * period
    }
}
