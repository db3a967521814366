#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The phase of the dominant cycle in degrees (normally −45…315), as TA-Lib's HT_DCPHASE, HT_SINE and
/// HT_TRENDMODE compute it: a one-cycle discrete Fourier sum of the smoothed prices at the
/// measured period, plus TA-Lib's corrections (quadrant, and one bar of smoother lag).
///
/// Feed it each ``HilbertCycle/Step`` in turn; it keeps the last 50 smoothed prices (zeros
/// before the transform starts, as TA-Lib's buffer).
struct DominantCyclePhase: Sendable {
    private static let fullTurn = atan(1.0) * 8.0
    private var smoothedPrices = [Double](repeating: 0, count: 50)
    private var newest = 0
    /// The latest phase, in degrees.
    private(set) var phase = 0.0

    mutating func update(_ step: HilbertCycle.Step) -> Double {
        smoothedPrices[newest] = step.smoothedPrice
        let bars = HilbertCycle.wholeBars(step.smoothPeriod)
        var realPart = 0.0
        var imaginaryPart = 0.0
        var index = newest
        for bar in 0..<bars {
            let angle = (Double(bar) * Self.fullTurn) / Double(bars)
            let price = smoothedPrices[index]
            realPart += sin(angle) * price
            imaginaryPart += cos(angle) * price
            index = index == 0 ? smoothedPrices.count - 1 : index - 1
        }
        let magnitude = abs(imaginaryPart)
        if magnitude > 0.0 {
            phase = atan(realPart / imaginaryPart) * HilbertCycle.degreesPerRadian
        } else if magnitude <= 0.01 {
            if realPart < 0.0 {
                phase -= 90.0
            } else if realPart > 0.0 {
                phase += 90.0
            }
        }
        phase += 90.0
        phase += 360.0 / step.smoothPeriod
        if imaginaryPart < 0.0 { phase += 180.0 }
        if phase > 315.0 { phase -= 360.0 }
        newest = newest == smoothedPrices.count - 1 ? 0 : newest + 1
        return phase
    }

    /// The sine of a phase in degrees, with TA-Lib's conversion factor.
    static func sine(ofDegrees degrees: Double) -> Double {
        sin(degrees * (1.0 / HilbertCycle.degreesPerRadian))
    }
}
