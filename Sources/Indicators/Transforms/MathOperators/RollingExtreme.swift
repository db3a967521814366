/// Which end of a window an extreme is taken from.
enum ExtremeKind: Sendable {
    case highest, lowest
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
struct RollingExtreme: Sendable {
    private let period: Int
    private let kind: ExtremeKind
    private var window: RingBuffer<Double>
    private var suffix: [Double]
    private var prefix = 0.0
    private var bars = 0

    init(period: Int, kind: ExtremeKind) {
        self.period = period
        self.kind = kind
        window = RingBuffer(capacity: period)
        suffix = [Double](repeating: 0, count: period)
    }

    /// Takes the next value; returns the extreme once `period` values are in.
    mutating func update(_ value: Double) -> Double? {
        window.append(value)
        bars += 1
        guard bars >= period else { return nil }
        let position = (bars - period) % period
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
        (kind == .highest ? a > b : a < b) ? a : b
    }
}
