/// The stop-and-reverse engine shared by ``SAR`` and ``SAREXT``, as TA-Lib runs it: the direction
/// is set on the second bar (short when that bar's down move beats its up move), on that bar the
/// "previous" high and low are the bar's own, and the stop moves by a fused multiply-add.
struct ParabolicStopAndReverse: Sendable {
    /// Acceleration settings of one direction.
    struct Acceleration: Sendable {
        var initial: Double
        var step: Double
        var maximum: Double

        /// TA-Lib's clamping of the initial factor and the step to the maximum.
        init(initial: Double, step: Double, maximum: Double) {
            self.initial = initial > maximum ? maximum : initial
            self.step = step > maximum ? maximum : step
            self.maximum = maximum
        }
    }

    private let startValue: Double
    private let offsetOnReverse: Double
    private let long: Acceleration
    private let short: Acceleration
    private var previous: (high: Double, low: Double)?
    private var started = false
    private var isLong = true
    private var factorLong: Double
    private var factorShort: Double
    private var extreme = 0.0
    private var sar = 0.0

    init(startValue: Double, offsetOnReverse: Double, long: Acceleration, short: Acceleration) {
        self.startValue = startValue
        self.offsetOnReverse = offsetOnReverse
        self.long = long
        self.short = short
        factorLong = long.initial
        factorShort = short.initial
    }

    /// The stop of this bar and whether it is a short position's (above the price).
    mutating func update(high: Double, low: Double) -> (sar: Double, isShort: Bool)? {
        guard let last = previous else {
            previous = (high, low)
            return nil
        }
        var (prevHigh, prevLow) = last
        if !started {
            started = true
            if startValue == 0 {
                let upMove = high - last.high, downMove = last.low - low
                isLong = !(downMove > 0 && upMove < downMove)
                sar = isLong ? last.low : last.high
            } else {
                isLong = startValue > 0
                sar = abs(startValue)
            }
            extreme = isLong ? high : low
            (prevHigh, prevLow) = (high, low)
        }
        previous = (high, low)

        let output: (sar: Double, isShort: Bool)
        if isLong {
            if low <= sar {
                isLong = false
                sar = extreme
                keepAbove(prevHigh, high)
                if offsetOnReverse != 0.0 { sar += sar * offsetOnReverse }
                output = (sar, true)
                factorShort = short.initial
                extreme = low
                sar = sar.addingProduct(factorShort, extreme - sar)
                keepAbove(prevHigh, high)
            } else {
                output = (sar, false)
                if high > extreme {
                    extreme = high
                    factorLong += long.step
                    if factorLong > long.maximum { factorLong = long.maximum }
                }
                sar = sar.addingProduct(factorLong, extreme - sar)
                keepBelow(prevLow, low)
            }
        } else {
            if high >= sar {
                isLong = true
                sar = extreme
                keepBelow(prevLow, low)
                if offsetOnReverse != 0.0 { sar -= sar * offsetOnReverse }
                output = (sar, false)
                factorLong = long.initial
                extreme = high
                sar = sar.addingProduct(factorLong, extreme - sar)
                keepBelow(prevLow, low)
            } else {
                output = (sar, true)
                if low < extreme {
                    extreme = low
                    factorShort += short.step
                    if factorShort > short.maximum { factorShort = short.maximum }
                }
                sar = sar.addingProduct(factorShort, extreme - sar)
                keepAbove(prevHigh, high)
            }
        }
        return output
    }

    /// Keeps a short stop at or above both highs (TA-Lib's comparisons, in its order).
    private mutating func keepAbove(_ previousHigh: Double, _ high: Double) {
        if sar < previousHigh { sar = previousHigh }
        if sar < high { sar = high }
    }

    /// Keeps a long stop at or below both lows.
    private mutating func keepBelow(_ previousLow: Double, _ low: Double) {
        if sar > previousLow { sar = previousLow }
        if sar > low { sar = low }
    }
}
