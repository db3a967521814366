/// The highest high and lowest low of the last `period` bars, tracked as TA-Lib's stochastic
/// functions and DONCHIAN track them: an extreme is replaced at once by a new bar that equals or
/// passes it, and the window is rescanned (oldest first, strict comparisons) only when the
/// extreme leaves.
// The same picks as RollingExtremeIndex (MAXINDEX), but TA-Lib's rescan beats its queue on the
// short windows stochastics use (STOCHF ~25% faster); AROON's TrailingExtreme picks otherwise.
struct StochasticRange: Sendable {
    let period: Int
    private var highs: RingBuffer<Double>
    private var lows: RingBuffer<Double>
    private(set) var highest = 0.0
    private(set) var lowest = 0.0
    private var highestAge = Int.max
    private var lowestAge = Int.max

    init(period: Int) {
        self.period = period
        highs = RingBuffer(capacity: period)
        lows = RingBuffer(capacity: period)
    }

    /// Takes in a bar; true once the window is full and `highest`/`lowest` cover it.
    @inline(__always)
    mutating func update(high: Double, low: Double) -> Bool {
        highs.append(high)
        lows.append(low)
        if highestAge != .max { highestAge += 1 }
        if lowestAge != .max { lowestAge += 1 }
        guard highs.isFull else { return false }
        if lowestAge >= period {
            (lowest, lowestAge) = Self.scan(lows, by: <)
        } else if low <= lowest {
            (lowest, lowestAge) = (low, 0)
        }
        if highestAge >= period {
            (highest, highestAge) = Self.scan(highs, by: >)
        } else if high >= highest {
            (highest, highestAge) = (high, 0)
        }
        return true
    }

    private static func scan(_ window: RingBuffer<Double>, by beats: (Double, Double) -> Bool) -> (Double, Int) {
        var best = window.oldest, bestAge = window.count - 1
        for age in stride(from: window.count - 2, through: 0, by: -1) where beats(window[age: age], best) {
            best = window[age: age]
            bestAge = age
        }
        return (best, bestAge)
    }
}

/// TA-Lib's fast %K: where the close sits in the range of the last `period` bars, 0…100; 0 for
/// a range of zero width.
struct StochasticK: Sendable {
    private var range: StochasticRange

    init(period: Int) {
        range = StochasticRange(period: period)
    }

    var lookback: Int { range.period - 1 }

    @inline(__always)
    mutating func update(high: Double, low: Double, close: Double) -> Double? {
        guard range.update(high: high, low: low) else { return nil }
        let width = range.highest - range.lowest
        return width != 0 ? (close - range.lowest) / width * 100.0 : 0
    }
}
