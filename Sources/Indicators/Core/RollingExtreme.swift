/// Which end of a window an extreme is taken from: ``Highest`` or ``Lowest``, as a type so that
/// each comparison is the plain `>` or `<`.
protocol ExtremeSide: Sendable {
    /// C's `a > b` for the highest, `a < b` for the lowest.
    static func beats(_ a: Double, _ b: Double) -> Bool
}

enum Highest: ExtremeSide {
    @inline(__always) static func beats(_ a: Double, _ b: Double) -> Bool { a > b }
}

enum Lowest: ExtremeSide {
    @inline(__always) static func beats(_ a: Double, _ b: Double) -> Bool { a < b }
}

/// The highest (or lowest) of the last `period` values, computed as TA-Lib's MAX, MIN and MINMAX
/// compute it, in O(1) amortised time per bar.
///
/// TA-Lib cuts the series into blocks of `period` bars, the first ending at bar `period − 1`
/// (van Herk and Gil-Werman). At each block end it takes the extremes of every suffix of the
/// window once; each bar of the next block combines the running extreme of that block with the
/// suffix extreme of the rest of its window. Every step is C's `a > b ? a : b`, which keeps `b`
/// when either is NaN: that decides where a NaN shows in the output, so the same blocks and
/// steps are kept here.
struct RollingExtreme<Side: ExtremeSide>: Sendable {
    private let period: Int
    private var window: RingBuffer<Double>
    private var suffix: [Double]
    private var prefix = 0.0
    private var bars = 0 // counted up to `period`
    private var position = 0 // bars since the last block end

    init(period: Int) {
        self.period = period
        window = RingBuffer(capacity: period)
        suffix = [Double](repeating: 0, count: period)
    }

    /// Takes the next value; returns the extreme once `period` values are in.
    mutating func update(_ value: Double) -> Double? {
        window.append(value)
        if bars < period {
            bars += 1
            guard bars == period else { return nil }
        } else {
            position = position + 1 == period ? 0 : position + 1
        }
        guard position == 0 else {
            prefix = position == 1 ? value : pick(value, prefix)
            return pick(prefix, suffix[position])
        }
        var extreme = value
        suffix[period - 1] = value
        for age in 1..<period {
            extreme = pick(window[age: age], extreme)
            suffix[period - 1 - age] = extreme
        }
        return extreme
    }

    /// C's `a > b ? a : b` (`<` for the lowest).
    @inline(__always)
    private func pick(_ a: Double, _ b: Double) -> Double {
        Side.beats(a, b) ? a : b
    }
}
