/// The highest or the lowest of the last `period` values, found as TA-Lib 0.8 finds it for
/// DONCHIAN: the extreme and its bar are cached, and the window is rescanned, oldest first, only
/// when that bar leaves it (a new value takes over when it equals or passes the extreme). A NaN
/// therefore counts only when a rescan starts on it.
struct OverlapWindowExtreme: Sendable {
    private let largest: Bool
    private var window: RingBuffer<Double>
    private var bars = 0
    private var extremeBar = -1
    private var extreme = 0.0

    init(period: Int, largest: Bool) {
        self.largest = largest
        window = RingBuffer(capacity: period)
    }

    /// Adds the newest value; returns the extreme once `period` values are in.
    mutating func push(_ value: Double) -> Double? {
        let today = bars
        bars += 1
        window.append(value)
        guard window.isFull else { return nil }
        if extremeBar <= today - window.capacity {
            extreme = window.oldest
            extremeBar = today - window.capacity + 1
            for age in stride(from: window.capacity - 2, through: 0, by: -1) {
                let candidate = window[age: age]
                if largest ? candidate > extreme : candidate < extreme {
                    extreme = candidate
                    extremeBar = today - age
                }
            }
        } else if largest ? value >= extreme : value <= extreme {
            extreme = value
            extremeBar = today
        }
        return extreme
    }
}
