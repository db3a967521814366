/// The highest or lowest value of the last `window` values and its bar, tracked as TA-Lib's
/// AROON and WILLR track it: a new value at or beyond the extreme replaces it, and the window
/// is rescanned only when the extreme leaves it (O(1) amortised on typical series).
struct TrailingExtreme: Sendable {
    enum Side: Sendable { case highest, lowest }

    private let side: Side
    private let rescanKeepsLatestTie: Bool
    private var values: RingBuffer<Double>
    /// Bar of the extreme, counted from the first value; −1 before the window fills.
    private(set) var index = -1
    private(set) var value = 0.0
    /// Bar of the newest value.
    private(set) var today = -1

    /// - Parameter rescanKeepsLatestTie: on a rescan, whether an equal value later in the
    ///   window takes over (AROON) or the earliest is kept (WILLR).
    init(_ side: Side, window: Int, rescanKeepsLatestTie: Bool) {
        self.side = side
        self.rescanKeepsLatestTie = rescanKeepsLatestTie
        values = RingBuffer(capacity: window)
    }

    var isFull: Bool { values.isFull }

    /// Adds the newest value; returns whether the extreme was set again (always on a rescan).
    mutating func push(_ newest: Double) -> Bool {
        today += 1
        values.append(newest)
        guard values.isFull else { return false }
        let trailing = today - values.capacity + 1
        if index < trailing {
            index = trailing
            value = values.oldest
            for age in stride(from: values.capacity - 2, through: 0, by: -1) {
                let candidate = values[age: age]
                if beats(candidate, orTies: rescanKeepsLatestTie) {
                    index = today - age
                    value = candidate
                }
            }
            return true
        }
        if beats(newest, orTies: true) {
            index = today
            value = newest
            return true
        }
        return false
    }

    @inline(__always)
    private func beats(_ candidate: Double, orTies: Bool) -> Bool {
        switch side {
        case .highest: orTies ? candidate >= value : candidate > value
        case .lowest: orTies ? candidate <= value : candidate < value
        }
    }
}
