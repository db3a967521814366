/// The bar index of the highest (or lowest) of the last `period` values, picked as TA-Lib's
/// MAXINDEX, MININDEX and MINMAXINDEX pick it, in O(1) amortised time per bar.
///
/// TA-Lib keeps its extreme until that bar leaves the window, then rescans the window and takes
/// the oldest extreme; in between, a new value equal to the extreme takes its place. So among
/// equal values the newest wins, except right after a rescan. The rescan's answer is the front of
/// a monotonic queue of candidates (the values no later value beats, oldest first). A NaN is never
/// a candidate: as in TA-Lib, it is the extreme only when it is the oldest value at a rescan.
struct RollingExtremeIndex<Side: ExtremeSide>: Sendable {
    private let period: Int
    private var window: RingBuffer<Double>
    private var candidateBars: [Int]
    private var candidateValues: [Double]
    private var front = 0
    private var candidates = 0
    private var bars = 0
    private var skipped = 0
    private var extremeBar = -1
    private var extreme = 0.0

    init(period: Int) {
        self.period = period
        window = RingBuffer(capacity: period)
        candidateBars = [Int](repeating: 0, count: period)
        candidateValues = [Double](repeating: 0, count: period)
    }

    /// Counts a leading bar the batch form skipped, so reported indices stay those of the array.
    mutating func skip() {
        skipped += 1
    }

    /// Takes the next value; once `period` values are in, returns the extreme's bar index
    /// (counted from the first bar, skipped ones included).
    mutating func update(_ value: Double) -> Int? {
        let today = bars
        let trailing = today - period + 1
        bars += 1
        window.append(value)
        while candidates > 0, candidateBars[front] < trailing {
            front = slot(1)
            candidates -= 1
        }
        if !value.isNaN {
            while candidates > 0, beats(value, candidateValues[slot(candidates - 1)]) { candidates -= 1 }
            candidateBars[slot(candidates)] = today
            candidateValues[slot(candidates)] = value
            candidates += 1
        }
        guard trailing >= 0 else { return nil }
        if extremeBar < trailing {
            let oldest = window.oldest
            if oldest.isNaN || candidates == 0 {
                (extremeBar, extreme) = (trailing, oldest)
            } else {
                (extremeBar, extreme) = (candidateBars[front], candidateValues[front])
            }
        } else if value == extreme || beats(value, extreme) {
            (extremeBar, extreme) = (today, value)
        }
        return skipped + extremeBar
    }

    @inline(__always)
    private func beats(_ value: Double, _ other: Double) -> Bool { Side.beats(value, other) }

    /// Position in the candidate ring of the candidate `offset` places after the front.
    @inline(__always)
    private func slot(_ offset: Int) -> Int {
        let position = front + offset
        return position >= period ? position - period : position
    }
}
