#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// John Ehlers' Hilbert-transform measure of the dominant cycle, as TA-Lib 0.8 computes it for
/// the HT_* functions: a 4-bar weighted average smooths the price, then the detrender, in-phase
/// (I1) and quadrature (Q1) components and their 90° leads (jI, jQ) are filtered separately on
/// odd and even bars, and the period is measured from their phase change and smoothed.
///
/// Feed every bar from the first; the transform starts once `warmUp` bars have been smoothed
/// (12 for the functions with lookback 32, 37 for those with lookback 63: TA-Lib's set-up).
/// Odd and even bars are counted from the first bar, as TA-Lib counts them from the first
/// element of the array. Operations, including TA-Lib's fused multiply-adds, are in TA-Lib's
/// order, so results match it bit for bit.
struct HilbertCycle: Sendable {
    /// One bar of the transform.
    struct Step {
        /// The 4-bar weighted average of the price.
        let smoothedPrice: Double
        /// I1: the detrended price three bars ago.
        let inPhase: Double
        /// Q1: the Hilbert transform of the detrended price.
        let quadrature: Double
        /// The dominant cycle period in bars, smoothed (0…50).
        let smoothPeriod: Double
    }

    /// Degrees per radian, as TA-Lib derives it (45 / atan 1).
    static let degreesPerRadian = 45.0 / atan(1.0)

    let warmUp: Int
    /// Bars fed so far.
    private(set) var bars = 0
    private var prices = RingBuffer<Double>(capacity: 4)
    private var weightedSum = 0.0
    private var plainSum = 0.0
    private var trailingPrice = 0.0
    private var filterSlot = 0
    private var detrender = HilbertFilter()
    private var q1 = HilbertFilter()
    private var jI = HilbertFilter()
    private var jQ = HilbertFilter()
    private var i1ForOddPrev2 = 0.0
    private var i1ForOddPrev3 = 0.0
    private var i1ForEvenPrev2 = 0.0
    private var i1ForEvenPrev3 = 0.0
    private var previousQ2 = 0.0
    private var previousI2 = 0.0
    private var re = 0.0
    private var im = 0.0
    private var period = 0.0
    private var smoothPeriod = 0.0

    init(warmUp: Int) {
        precondition(warmUp >= 4)
        self.warmUp = warmUp
    }

    /// Takes in the next price; the transform's values from bar `warmUp` on.
    mutating func update(_ price: Double) -> Step? {
        defer { bars += 1 }
        guard let smoothed = smooth(price), bars >= warmUp else { return nil }
        let adjustment = 0.54.addingProduct(0.075, period)
        let even = bars % 2 == 0
        let parity = even ? 0 : 1
        let i1 = even ? i1ForEvenPrev3 : i1ForOddPrev3
        let detrended = detrender.apply(smoothed, parity: parity, slot: filterSlot, adjustment: adjustment)
        let quadrature = q1.apply(detrended, parity: parity, slot: filterSlot, adjustment: adjustment)
        let leadI = jI.apply(i1, parity: parity, slot: filterSlot, adjustment: adjustment)
        let leadQ = jQ.apply(quadrature, parity: parity, slot: filterSlot, adjustment: adjustment)
        if even {
            filterSlot = filterSlot == 2 ? 0 : filterSlot + 1
            (i1ForOddPrev3, i1ForOddPrev2) = (i1ForOddPrev2, detrended)
        } else {
            (i1ForEvenPrev3, i1ForEvenPrev2) = (i1ForEvenPrev2, detrended)
        }
        let q2 = (0.8 * previousQ2).addingProduct(0.2, quadrature + leadI)
        let i2 = (0.8 * previousI2).addingProduct(0.2, i1 - leadQ)
        re = (0.2 * (q2 * previousQ2).addingProduct(i2, previousI2)).addingProduct(0.8, re)
        im = (0.2 * (i2 * previousQ2 - q2 * previousI2)).addingProduct(0.8, im)
        (previousQ2, previousI2) = (q2, i2)
        measurePeriod()
        return Step(smoothedPrice: smoothed, inPhase: i1, quadrature: quadrature, smoothPeriod: smoothPeriod)
    }

    /// TA-Lib's `(int)(smoothPeriod + 0.5)`: the period in whole bars, 0 where the smoothed
    /// period is NaN (TA-Lib's conversion then gives a negative count and its loops run no times).
    static func wholeBars(_ smoothPeriod: Double) -> Int {
        let rounded = smoothPeriod + 0.5
        guard rounded >= 0, rounded < 51 else { return 0 }
        return Int(rounded)
    }

    /// The 4-bar weighted moving average (weights 4, 3, 2, 1), from the fourth bar on.
    private mutating func smooth(_ price: Double) -> Double? {
        prices.append(price)
        switch bars {
        case 0:
            plainSum = price
            weightedSum = price
            return nil
        case 1, 2:
            plainSum += price
            weightedSum += price * Double(bars + 1)
            return nil
        default:
            plainSum += price
            plainSum -= trailingPrice
            weightedSum += price * 4.0
            trailingPrice = prices[age: 3]
            let smoothed = weightedSum * 0.1
            weightedSum -= plainSum
            return smoothed
        }
    }

    private mutating func measurePeriod() {
        let previous = period
        if im != 0.0 && re != 0.0 { period = 360.0 / (atan(im / re) * Self.degreesPerRadian) }
        if period > 1.5 * previous { period = 1.5 * previous }
        if period < 0.67 * previous { period = 0.67 * previous }
        if period < 6 {
            period = 6
        } else if period > 50 {
            period = 50
        }
        period = (0.8 * previous).addingProduct(0.2, period)
        smoothPeriod = (0.33 * period).addingProduct(0.67, smoothPeriod)
    }
}

/// One of the four Hilbert transforms of ``HilbertCycle``, with separate state for odd and even
/// bars (the transform reaches back 2, 4 and 6 bars, so each parity sees every other bar).
private struct HilbertFilter: Sendable {
    private var history = [Double](repeating: 0, count: 6)
    private var previous = [0.0, 0.0]
    private var previousInput = [0.0, 0.0]

    mutating func apply(_ input: Double, parity: Int, slot: Int, adjustment: Double) -> Double {
        let scaled = 0.0962 * input
        let index = parity * 3 + slot
        var value = 0 - history[index]
        history[index] = scaled
        value += scaled
        value -= previous[parity]
        previous[parity] = 0.5769 * previousInput[parity]
        value += previous[parity]
        previousInput[parity] = input
        value *= adjustment
        return value
    }
}
