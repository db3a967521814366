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

/// The highest (or lowest) of the last `period` values, computed as TA-Lib's MAX, MIN, MINMAX,
/// MIDPOINT and MIDPRICE compute it, in O(1) amortised time per bar.
///
/// TA-Lib cuts the series into blocks of `period` bars, the first ending at bar `period − 1`
/// (van Herk and Gil-Werman). At each block end it takes the extremes of every suffix of the
/// window once; each bar of the next block combines the running extreme of that block with the
/// suffix extreme of the rest of its window. Every step is C's `a > b ? a : b`, which keeps `b`
/// when either is NaN: that decides where a NaN shows in the output, so the same blocks and
/// steps are kept here.
struct RollingExtreme<Side: ExtremeSide>: Sendable {
    private let period: Int
    private var block: [Double] // the current block's values, oldest first: the window at its end
    private var suffix: [Double]
    private var prefix = 0.0
    private var slot = 0 // where the next value goes in `block`: bars since the last block end
    private var filled = false // whether the first block has ended

    init(period: Int) {
        self.period = period
        block = [Double](repeating: 0, count: period)
        suffix = [Double](repeating: 0, count: period)
    }

    /// Takes the next value; returns the extreme once `period` values are in.
    mutating func update(_ value: Double) -> Double? {
        block[slot] = value
        slot += 1
        guard slot == period else {
            guard filled else { return nil }
            prefix = slot == 1 ? value : pick(value, prefix)
            return pick(prefix, suffix[slot])
        }
        slot = 0
        filled = true
        var extreme = value
        suffix[period - 1] = value
        for index in stride(from: period - 2, through: 0, by: -1) {
            extreme = pick(block[index], extreme)
            suffix[index] = extreme
        }
        return extreme
    }

    /// C's `a > b ? a : b` (`<` for the lowest).
    @inline(__always)
    private func pick(_ a: Double, _ b: Double) -> Double {
        Side.beats(a, b) ? a : b
    }
}
