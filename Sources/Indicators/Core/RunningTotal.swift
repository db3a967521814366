/// The total of the last `count` values, kept in TA-Lib's order (SUM, QSTICK, SMA):
/// add the newest value, read the total, then take out the oldest, the next one to leave.
struct RunningTotal: Sendable {
    private var window: RingBuffer<Double>
    private var total = 0.0

    init(count: Int) {
        window = RingBuffer(capacity: count)
    }

    /// Adds `value`; returns the total of the last `count` values once there are that many.
    @inline(__always)
    mutating func update(_ value: Double) -> Double? {
        total += value
        window.append(value)
        guard window.isFull else { return nil }
        defer { total -= window.oldest }
        return total
    }
}
