/// The largest or the smallest of the last `period` values in O(1) amortised time (a monotonic
/// deque). NaN never counts, and of equal values the oldest is kept, as TA-Lib's strict
/// comparisons keep the first one found.
struct OverlapRollingExtreme: Sendable {
    private let period: Int
    private let largest: Bool
    private var bars = 0
    private var slots: [(bar: Int, value: Double)]
    private var head = 0
    private var count = 0

    init(period: Int, largest: Bool) {
        precondition(period >= 1)
        self.period = period
        self.largest = largest
        slots = Array(repeating: (0, 0), count: period)
    }

    /// Adds the newest value; returns the extreme of the last `period` values, nil if all are NaN.
    mutating func push(_ value: Double) -> Double? {
        let bar = bars
        bars += 1
        if count > 0, slots[head].bar <= bar - period {
            head = head + 1 == period ? 0 : head + 1
            count -= 1
        }
        if !value.isNaN {
            while count > 0 {
                let back = slots[(head + count - 1) % period].value
                guard largest ? value > back : value < back else { break }
                count -= 1
            }
            slots[(head + count) % period] = (bar, value)
            count += 1
        }
        return count > 0 ? slots[head].value : nil
    }
}
