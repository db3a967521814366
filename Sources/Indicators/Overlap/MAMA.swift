import Foundation

/// MESA adaptive moving average (Ehlers): an EMA whose factor follows the rate of change of the
/// Hilbert-transform phase, between `slowlimit` and `fastlimit`; FAMA follows MAMA at half the
/// factor, and their crossings signal turns.
///
/// TA-Lib's `MAMA` (fixed lookback 32): a 4-bar WMA smooths the price, the Hilbert transforms
/// alternate between odd-bar and even-bar state counted from the first bar, and the recursive
/// averages use fused multiply-adds where TA-Lib 0.8 does.
public struct MAMA: CatalogIndicator {
    public static let functionName = "MAMA"

    /// MAMA and its following average FAMA.
    public struct Value: IndicatorOutput, Sendable, Hashable {
        public var mama: Double
        public var fama: Double

        public static var componentCount: Int { 2 }
        public func component(_ index: Int) -> Double { index == 0 ? mama : fama }
    }

    /// The two lines, NaN before the lookback.
    public struct Series: Sendable, Hashable {
        public var mama: [Double]
        public var fama: [Double]
    }

    private static let radiansToDegrees = 180.0 / (4.0 * atan(1.0))

    public let fastlimit: Double
    public let slowlimit: Double
    private var bars = 0
    private var prices = RingBuffer<Double>(capacity: 4)
    private var wmaSum = 0.0
    private var wmaSub = 0.0
    private var wmaTrailing = 0.0
    private var hilbertIndex = 0
    private var detrender = MAMAHilbertTransform()
    private var q1 = MAMAHilbertTransform()
    private var jI = MAMAHilbertTransform()
    private var jQ = MAMAHilbertTransform()
    private var i1OddPrev2 = 0.0, i1OddPrev3 = 0.0
    private var i1EvenPrev2 = 0.0, i1EvenPrev3 = 0.0
    private var prevI2 = 0.0, prevQ2 = 0.0
    private var re = 0.0, im = 0.0
    private var period = 0.0
    private var prevPhase = 0.0
    private var mama = 0.0, fama = 0.0

    /// - Parameters:
    ///   - fastlimit: the largest smoothing factor, 0.01…0.99 (default 0.5).
    ///   - slowlimit: the smallest smoothing factor, 0.01…0.99 (default 0.05).
    public init(fastlimit: Double = 0.5, slowlimit: Double = 0.05) {
        precondition((0.01...0.99).contains(fastlimit), "MAMA fastlimit must be 0.01…0.99")
        precondition((0.01...0.99).contains(slowlimit), "MAMA slowlimit must be 0.01…0.99")
        self.fastlimit = fastlimit
        self.slowlimit = slowlimit
    }

    public init(parameters: ParameterValues) {
        self.init(fastlimit: parameters.real("fastlimit"), slowlimit: parameters.real("slowlimit"))
    }

    public var lookback: Int { 32 }

    public mutating func update(_ value: Double) -> Value? {
        let today = bars
        bars += 1
        prices.append(value)
        if today < 3 {
            wmaSub += value
            wmaSum += value * Double(today + 1)
            return nil
        }
        let adjustedPrevPeriod = 0.54.addingProduct(0.075, period)
        wmaSub += value
        wmaSub -= wmaTrailing
        wmaSum += value * 4.0
        wmaTrailing = prices.oldest
        let smoothed = wmaSum * 0.1
        wmaSum -= wmaSub
        if today < 12 { return nil }

        let even = today % 2 == 0
        let i1Prev3 = even ? i1EvenPrev3 : i1OddPrev3
        detrender.update(smoothed, even: even, index: hilbertIndex, scale: adjustedPrevPeriod)
        q1.update(detrender.value, even: even, index: hilbertIndex, scale: adjustedPrevPeriod)
        jI.update(i1Prev3, even: even, index: hilbertIndex, scale: adjustedPrevPeriod)
        jQ.update(q1.value, even: even, index: hilbertIndex, scale: adjustedPrevPeriod)
        let q2 = (0.8 * prevQ2).addingProduct(0.2, q1.value + jI.value)
        let i2 = (0.8 * prevI2).addingProduct(0.2, i1Prev3 - jQ.value)
        if even {
            hilbertIndex = hilbertIndex == 2 ? 0 : hilbertIndex + 1
            i1OddPrev3 = i1OddPrev2
            i1OddPrev2 = detrender.value
        } else {
            i1EvenPrev3 = i1EvenPrev2
            i1EvenPrev2 = detrender.value
        }
        let phase = i1Prev3 != 0.0 ? atan(q1.value / i1Prev3) * Self.radiansToDegrees : 0.0

        var deltaPhase = prevPhase - phase
        prevPhase = phase
        if deltaPhase < 1.0 { deltaPhase = 1.0 }
        var alpha = fastlimit
        if deltaPhase > 1.0 {
            alpha = fastlimit / deltaPhase
            if alpha < slowlimit { alpha = slowlimit }
        }
        mama = (alpha * value).addingProduct(1 - alpha, mama)
        alpha *= 0.5
        fama = (alpha * mama).addingProduct(1 - alpha, fama)
        let output = today >= lookback ? Value(mama: mama, fama: fama) : nil

        re = (0.2 * (q2 * prevQ2).addingProduct(i2, prevI2)).addingProduct(0.8, re)
        im = (0.2 * ((i2 * prevQ2) - (q2 * prevI2))).addingProduct(0.8, im)
        prevQ2 = q2
        prevI2 = i2
        let previousPeriod = period
        if im != 0.0 && re != 0.0 { period = 360.0 / (atan(im / re) * Self.radiansToDegrees) }
        if period > 1.5 * previousPeriod { period = 1.5 * previousPeriod }
        if period < 0.67 * previousPeriod { period = 0.67 * previousPeriod }
        if period < 6 {
            period = 6
        } else if period > 50 {
            period = 50
        }
        period = (0.8 * previousPeriod).addingProduct(0.2, period)
        return output
    }

    /// The batch form: NaN for the first 32 positions.
    public static func compute(_ real: [Double], fastlimit: Double = 0.5, slowlimit: Double = 0.05) -> Series {
        let lines = columns(MAMA(fastlimit: fastlimit, slowlimit: slowlimit), count: real.count) { real[$0] }
        return Series(mama: lines[0], fama: lines[1])
    }
}

/// One of MAMA's Hilbert transforms as TA-Lib computes it: separate state for odd and even bars,
/// each with a 3-slot circular history shared by index.
struct MAMAHilbertTransform: Sendable {
    private static let a = 0.0962
    private static let b = 0.5769

    private(set) var value = 0.0
    private var odd = [0.0, 0.0, 0.0]
    private var even = [0.0, 0.0, 0.0]
    private var prevOdd = 0.0, prevEven = 0.0
    private var prevInputOdd = 0.0, prevInputEven = 0.0

    mutating func update(_ input: Double, even isEven: Bool, index: Int, scale: Double) {
        let term = Self.a * input
        if isEven {
            value = -even[index]
            even[index] = term
            value += term
            value -= prevEven
            prevEven = Self.b * prevInputEven
            value += prevEven
            prevInputEven = input
        } else {
            value = -odd[index]
            odd[index] = term
            value += term
            value -= prevOdd
            prevOdd = Self.b * prevInputOdd
            value += prevOdd
            prevInputOdd = input
        }
        value *= scale
    }
}
