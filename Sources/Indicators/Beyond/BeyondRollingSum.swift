/// The sum and mean of the last `capacity` values, O(1) per value, for the indicators beyond
/// TA-Lib. Finite values are added and removed with Kahan compensation, in pandas' rolling order
/// (remove the oldest, then add the newest); NaN and infinities are counted apart, so they make
/// the result NaN or infinite only while they are in the window, and the sum recovers after.
// Not TA-Lib's running totals (SUM, SMA): Kahan-compensated and NaN-recovering, as pandas sums.
struct BeyondRollingSum: Sendable {
    private var window: RingBuffer<Double>
    private var sum = 0.0
    private var compensation = 0.0
    private var nanCount = 0
    private var plusInfinityCount = 0
    private var minusInfinityCount = 0
    private var negativeCount = 0
    private var sameRun = 0 // trailing run of equal values, to give a flat window exactly
    private var last = 0.0

    init(capacity: Int) {
        window = RingBuffer(capacity: capacity)
    }

    var isFull: Bool { window.isFull }
    var count: Int { window.count }

    mutating func append(_ value: Double) {
        if window.isFull { remove(window.oldest) }
        window.append(value)
        add(value)
    }

    /// The sum of the values held.
    var sumValue: Double {
        if let special { return special }
        if sameRun >= window.count { return last * Double(window.count) }
        return sum
    }

    /// The mean of the values held; never below zero when none is negative, and conversely.
    var mean: Double {
        if let special { return special }
        if sameRun >= window.count { return last }
        let mean = sum / Double(window.count)
        if negativeCount == 0, mean < 0 { return 0 }
        if negativeCount == window.count, mean > 0 { return 0 }
        return mean
    }

    private var special: Double? {
        if nanCount > 0 || (plusInfinityCount > 0 && minusInfinityCount > 0) { return .nan }
        if plusInfinityCount > 0 { return .infinity }
        if minusInfinityCount > 0 { return -.infinity }
        return nil
    }

    private mutating func add(_ value: Double) {
        guard classify(value, by: 1) else {
            sameRun = 0
            return
        }
        accumulate(value)
        if value < 0 { negativeCount += 1 }
        sameRun = value == last && sameRun > 0 ? sameRun + 1 : 1
        last = value
    }

    private mutating func remove(_ value: Double) {
        guard classify(value, by: -1) else { return }
        accumulate(-value)
        if value < 0 { negativeCount -= 1 }
    }

    /// Counts a non-finite value (false), or says the value is finite (true).
    private mutating func classify(_ value: Double, by step: Int) -> Bool {
        if value.isNaN {
            nanCount += step
        } else if value == .infinity {
            plusInfinityCount += step
        } else if value == -.infinity {
            minusInfinityCount += step
        } else {
            return true
        }
        return false
    }

    private mutating func accumulate(_ value: Double) {
        let y = value - compensation
        let t = sum + y
        compensation = t - sum - y
        sum = t
    }
}
