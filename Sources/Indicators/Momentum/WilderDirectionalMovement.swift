/// Wilder's +DM, −DM and true range, summed over the first `period − 1` one-bar moves and then
/// smoothed (`x − x/period + today's`), in TA-Lib's order; shared by PLUS_DM … ADXR.
struct WilderDirectionalMovement: Sendable {
    let period: Int
    private let divisor: Double
    /// Summed, then smoothed, directional movement and true range.
    private var plus = 0.0
    private var minus = 0.0
    private var range = 0.0
    /// The latest bar's one-bar +DM, −DM and true range.
    private var plusMove = 0.0
    private var minusMove = 0.0
    private var rangeMove = 0.0
    /// One-bar moves taken in, counted up to `period`.
    private var moves = 0
    private var previous: PriceBar?

    init(period: Int) {
        self.period = period
        divisor = Double(period)
    }

    /// The sums of the first `period − 1` moves are complete (PLUS_DM's first output).
    var isSummed: Bool { moves >= period - 1 }
    /// At least one smoothing step done (the DI's first output).
    var isSmoothed: Bool { moves >= period }

    /// Takes in one bar; false for the first bar, which has no move.
    mutating func update(_ bar: PriceBar) -> Bool {
        guard let previous else {
            previous = bar
            return false
        }
        self.previous = bar
        let up = bar.high - previous.high
        let down = previous.low - bar.low
        plusMove = up > 0 && up > down ? up : 0
        minusMove = down > 0 && up < down ? down : 0
        rangeMove = TALibMath.trueRange(high: bar.high, low: bar.low, previousClose: previous.close)
        if moves + 1 < period {
            moves += 1
            plus += plusMove
            minus += minusMove
            range += rangeMove
        } else {
            moves = period
            plus = plus - plus / divisor + plusMove
            minus = minus - minus / divisor + minusMove
            range = range - range / divisor + rangeMove
        }
        return true
    }

    /// Which side PLUS_DM/PLUS_DI or MINUS_DM/MINUS_DI report; the two are otherwise the same.
    enum Direction: Sendable { case plus, minus }

    /// PLUS_DM or MINUS_DM after `update`: the sum once complete, the one-bar move for a period of 1.
    @inline(__always)
    func movement(_ direction: Direction) -> Double? {
        if period == 1 { return direction == .plus ? plusMove : minusMove }
        guard isSummed else { return nil }
        return direction == .plus ? plus : minus
    }

    /// PLUS_DI or MINUS_DI after `update`: once smoothed, the DM as a percentage of the true range,
    /// 0 unless that range is positive; for a period of 1 the one-bar DM / TR as a fraction (not a
    /// percentage), as TA-Lib does.
    @inline(__always)
    func indicator(_ direction: Direction) -> Double? {
        if period == 1 {
            let move = direction == .plus ? plusMove : minusMove
            guard move != 0 else { return 0 }
            return rangeMove <= 0 ? 0 : move / rangeMove
        }
        guard isSmoothed else { return nil }
        return range > 0 ? 100 * ((direction == .plus ? plus : minus) / range) : 0
    }

    /// DX, or nil where TA-Lib keeps the previous value: a true range that is not positive, or a
    /// DI sum within 1e-14 of zero (the DIs are ratios, so that band is scale-free).
    var directionalIndex: Double? {
        guard range > 0 else { return nil }
        let minusDI = 100 * (minus / range)
        let plusDI = 100 * (plus / range)
        let sum = minusDI + plusDI
        guard !TALibMath.isZero(sum) else { return nil }
        return 100 * (abs(minusDI - plusDI) / sum)
    }
}
