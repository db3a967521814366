/// The highest or lowest value of the last `window` values and its bar, tracked as TA-Lib's
/// AROON tracks it: a new value at or beyond the extreme replaces it, the most recent wins a
/// tie, and the window is rescanned only when the extreme leaves it.
// Not StochasticRange: AROON's rescan keeps the newest of equal extremes, the stochastics' the oldest.
struct TrailingExtreme: Sendable {
    enum Side: Sendable { case highest, lowest }

    private let side: Side
    private var values: RingBuffer<Double>
    /// Bar of the extreme, counted from the first value; −1 before the window fills.
    private(set) var index = -1
    private(set) var value = 0.0
    /// Bar of the newest value.
    private(set) var today = -1

    init(_ side: Side, window: Int) {
        self.side = side
        values = RingBuffer(capacity: window)
    }

    var isFull: Bool { values.isFull }

    /// Adds the newest value.
    mutating func push(_ newest: Double) {
        today += 1
        values.append(newest)
        guard values.isFull else { return }
        let trailing = today - values.capacity + 1
        if index < trailing {
            index = trailing
            value = values.oldest
            for age in stride(from: values.capacity - 2, through: 0, by: -1) where reaches(values[age: age]) {
                index = today - age
                value = values[age: age]
            }
        } else if reaches(newest) {
            index = today
            value = newest
        }
    }

    @inline(__always)
    private func reaches(_ candidate: Double) -> Bool {
        switch side {
        case .highest: candidate >= value
        case .lowest: candidate <= value
        }
    }
}
