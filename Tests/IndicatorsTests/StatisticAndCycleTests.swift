import Foundation
import Indicators
import Testing

@Suite("Statistic and cycle functions")
struct StatisticAndCycleTests {
    @Test("variance and standard deviation of a window, worked by hand")
    func varianceByHand() {
        // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 8 = 4.
        let values: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
        #expect(VAR.compute(values, timeperiod: 8).last == 4)
        #expect(STDDEV.compute(values, timeperiod: 8, nbdev: 1.5).last == 3)
        // Mean absolute deviation: (3+1+1+1+0+0+2+4) / 8 = 1.5.
        #expect(AVGDEV.compute(values, timeperiod: 8).last == 1.5)
    }

    @Test("a constant window has exactly zero variance")
    func constantVariance() {
        let output = STDDEV.compute([Double](repeating: 31_498.25, count: 300), timeperiod: 20)
        #expect(output.dropFirst(19).allSatisfy { $0 == 0 })
    }

    @Test("regression on a straight line recovers it: slope, both ends and the next point")
    func regressionOnLine() {
        let line = (0..<60).map { 3.0 + 2.0 * Double($0) }
        #expect(abs(LINEARREG_SLOPE.compute(line, timeperiod: 14).last! - 2) < 1e-9)
        #expect(abs(LINEARREG.compute(line, timeperiod: 14).last! - line[59]) < 1e-9)
        #expect(abs(LINEARREG_INTERCEPT.compute(line, timeperiod: 14).last! - line[46]) < 1e-9)
        #expect(abs(TSF.compute(line, timeperiod: 14).last! - (line[59] + 2)) < 1e-9)
        #expect(abs(LINEARREG_ANGLE.compute(line, timeperiod: 14).last! - atan(2.0) * 180 / .pi) < 1e-9)
    }

    @Test("correlation of a series with itself is 1, with its mirror −1")
    func correlationBounds() {
        let close = Self.walk(count: 200, seed: 3)
        let same = CORREL.compute(real0: close, real1: close, timeperiod: 30)
        #expect(same.dropFirst(29).allSatisfy { abs($0 - 1) < 1e-12 })
        let mirrored = CORREL.compute(real0: close, real1: close.map { 500 - $0 }, timeperiod: 30)
        #expect(mirrored.dropFirst(29).allSatisfy { abs($0 + 1) < 1e-12 })
    }

    @Test("beta of a series whose returns are twice the index's is 2")
    func betaOfLeveragedSeries() {
        let index = Self.walk(count: 100, seed: 4)
        var leveraged = [100.0]
        for bar in 1..<index.count {
            leveraged.append(leveraged[bar - 1] * (1 + 2 * (index[bar] - index[bar - 1]) / index[bar - 1]))
        }
        let beta = BETA.compute(real0: index, real1: leveraged, timeperiod: 10)
        #expect(beta.prefix(10).allSatisfy { $0.isNaN })
        #expect(beta.dropFirst(10).allSatisfy { abs($0 - 2) < 1e-9 })
    }

    @Test("percentile is the nearest-rank member; percent rank counts the earlier values below")
    func ranks() {
        let values: [Double] = [5, 1, 4, 2, 3]
        #expect(PERCENTILE.compute(values, timeperiod: 5, percentile: 50).last == 3)
        #expect(PERCENTILE.compute(values, timeperiod: 5, percentile: 0).last == 1)
        #expect(PERCENTILE.compute(values, timeperiod: 5, percentile: 100).last == 5)
        // 3 against 5, 1, 4, 2: two of four below.
        #expect(PERCENTRANK.compute(values, timeperiod: 4).last == 50)
    }

    @Test("on a pure 20-bar sine wave the dominant cycle is 20 bars and the market is cycling")
    func hilbertOnSine() {
        let wave = (0..<400).map { 100 + sin(2 * Double.pi * Double($0) / 20) }
        #expect(abs(HT_DCPERIOD.compute(wave).last! - 20) < 0.1)
        #expect(HT_TRENDMODE.compute(wave).suffix(100).allSatisfy { $0 == 0 })
        let sine = HT_SINE.compute(wave)
        #expect(abs(sine.sine.last! - sin(2 * Double.pi * 399 / 20)) < 0.01)
    }

    @Test("on a steady trend the mode is trend and the trendline follows below the price")
    func hilbertOnTrend() {
        let trend = (0..<400).map { 100 + 0.5 * Double($0) }
        #expect(HT_TRENDMODE.compute(trend).suffix(100).allSatisfy { $0 == 1 })
        let line = HT_TRENDLINE.compute(trend)
        #expect(line.prefix(63).allSatisfy { $0.isNaN })
        #expect(zip(line.suffix(100), trend.suffix(100)).allSatisfy { $0 < $1 && $1 - $0 < 15 })
    }

    @Test("the Hilbert functions share one engine: phasor, phase and period stream as in batch")
    func hilbertStreaming() {
        let close = Self.walk(count: 300, seed: 8)
        let batch = HT_PHASOR.compute(close)
        var stream = HT_PHASOR()
        for (bar, value) in close.enumerated() {
            let output = stream.update(value)
            if bar < 32 { #expect(output == nil) } else {
                #expect(output?.inphase == batch.inphase[bar] && output?.quadrature == batch.quadrature[bar])
            }
        }
    }

    /// A reproducible random walk around 100.
    static func walk(count: Int, seed: UInt64) -> [Double] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var price = 100.0
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            price *= 1 + (Double(state >> 11) / Double(1 << 53) - 0.5) * 0.04
            return price
        }
    }
}
