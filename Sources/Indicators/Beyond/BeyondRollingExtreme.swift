/// The highest or lowest of the last `period` values, O(1) amortised per value (a monotonic
/// deque), for the indicators beyond TA-Lib. A NaN in the window makes the extreme NaN until it
/// leaves the window.
// Not RollingExtreme (TA-Lib's MAX): pandas' rolling max, which the references use, is NaN while a
// NaN is in the window, where TA-Lib's block scan lets a NaN through only at some positions.
struct BeyondRollingExtreme: Sendable {
    enum Kind: Sendable { case highest, lowest }

    let period: Int
    private let kind: Kind
    private var indices: [Int]
    private var values: [Double]
    private var head = 0
    private var count = 0
    private var seen = 0
    private var lastNaN = Int.min

    init(period: Int, kind: Kind) {
        precondition(period >= 1)
        self.period = period
        self.kind = kind
        indices = [Int](repeating: 0, count: period)
        values = [Double](repeating: 0, count: period)
    }

    /// Whether `period` values have been seen.
    var isFull: Bool { seen >= period }

    mutating func append(_ value: Double) {
        let index = seen
        seen += 1
        while count > 0, indices[head] <= index - period {
            head = head + 1 == period ? 0 : head + 1
            count -= 1
        }
        if value.isNaN {
            lastNaN = index
        } else {
            while count > 0, outranks(value, values[slot(count - 1)]) { count -= 1 }
            indices[slot(count)] = index
            values[slot(count)] = value
            count += 1
        }
    }

    /// The extreme of the window (NaN while a NaN is in it, or before any value).
    var value: Double {
        guard lastNaN <= seen - 1 - period, count > 0 else { return .nan }
        return values[head]
    }

    private func outranks(_ new: Double, _ old: Double) -> Bool {
        kind == .highest ? new >= old : new <= old
    }

    private func slot(_ offset: Int) -> Int {
        let index = head + offset
        return index >= period ? index - period : index
    }
}

/// The highest high and lowest low of the last `period` bars (a Donchian channel; fed one series
/// twice, that series' range, as FISHER and STC use it).
struct BeyondChannel: Sendable {
    private var highest: BeyondRollingExtreme
    private var lowest: BeyondRollingExtreme

    init(period: Int) {
        highest = BeyondRollingExtreme(period: period, kind: .highest)
        lowest = BeyondRollingExtreme(period: period, kind: .lowest)
    }

    var isFull: Bool { highest.isFull }
    var high: Double { highest.value }
    var low: Double { lowest.value }
    /// (highest high + lowest low) / 2, computed as 0.5 × the sum.
    var midpoint: Double { 0.5 * (highest.value + lowest.value) }

    mutating func append(high: Double, low: Double) {
        highest.append(high)
        lowest.append(low)
    }
}
