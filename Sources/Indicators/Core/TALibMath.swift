/// TA-Lib's small helpers, shared across groups: its zero tests and Wilder's true range.
enum TALibMath {
    /// TA-Lib's `TA_IS_ZERO`: strictly within 1e-14 of zero.
    @inline(__always)
    static func isZero(_ value: Double) -> Bool { -1e-14 < value && value < 1e-14 }

    /// TA-Lib's `TA_IS_ZERO_SCALED`: `value` within 1e-14 of `scale` (a few dozen ulps of it).
    @inline(__always)
    static func isZero(_ value: Double, relativeTo scale: Double) -> Bool { abs(value) <= 1e-14 * scale }

    /// The greatest of high − low, |previous close − high| and |previous close − low|, compared
    /// in TA-Lib's order.
    @inline(__always)
    static func trueRange(high: Double, low: Double, previousClose: Double) -> Double {
        var range = high - low
        let toHigh = abs(previousClose - high)
        if toHigh > range { range = toHigh }
        let toLow = abs(previousClose - low)
        if toLow > range { range = toLow }
        return range
    }
}
