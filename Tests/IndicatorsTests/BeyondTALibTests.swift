// The indicators TA-Lib lacks (Sources/Indicators/Beyond) against independent Python
// implementations on 2,000 real candles, plus hand-worked cases. Fixtures:
//     /tmp/beyondenv/bin/python scripts/indicators/generate_beyond_fixtures.py
// (pandas-ta-classic 0.8.32, ta 0.11.0, finta 1.3; each fixture names its library and notes).
import Foundation
import Indicators
import Testing

struct BeyondFixture: Decodable, Sendable, CustomTestStringConvertible {
    let function: String
    let `case`: String
    let parameters: [String: Double]
    let lookback: Int
    let library: String
    let outputNames: [String]
    let outputs: [String: [Double?]]

    var testDescription: String { "\(function) \(`case`)" }

    struct Inputs: Decodable, Sendable {
        let open, high, low, close, volume: [Double]

        var columns: [String: [Double]] {
            ["open": open, "high": high, "low": low, "close": close, "volume": volume]
        }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Fixtures/beyond")

    static let all: [BeyondFixture] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") && $0 != "inputs.json" }.sorted().map { file in
            // A fixture that does not decode is a broken checkout: fail loudly.
            try! JSONDecoder().decode(BeyondFixture.self, from: Data(contentsOf: directory.appendingPathComponent(file)))
        }
    }()

    static let inputs: Inputs = {
        try! JSONDecoder().decode(Inputs.self, from: Data(contentsOf: directory.appendingPathComponent("inputs.json")))
    }()
}

@Suite("Beyond TA-Lib")
struct BeyondTALibTests {
    /// Real outputs agree to 1e-9 of the value, or of the output's largest magnitude where the value
    /// is near zero (oscillators crossing zero; the libraries sum in other orders); flags exactly.
    static let relativeTolerance = 1e-9

    static let beyond: [String] = IndicatorCatalog.functions.map(\.info.name)
        .filter { name in !FunctionInfo.talib.contains { $0.name == name } }

    @Test("the thirteen functions are registered, none under a TA-Lib name, each citing its source")
    func registered() throws {
        #expect(Set(Self.beyond) == ["ICHIMOKU", "PIVOTS", "AVWAP", "CHOP", "ULCER", "FISHER", "CHANDELIER",
                                     "CONNORSRSI", "SQUEEZE", "ALLIGATOR", "STC", "KST", "VIDYA"])
        for name in Self.beyond {
            let info = try IndicatorCatalog.function(named: name).info
            #expect(info.source != "TA-Lib" && info.source.count > 20, "\(name) cites its source")
            #expect(FunctionInfo.talib.contains { $0.group == info.group }, "\(name) is in one of TA-Lib's groups")
        }
    }

    @Test("Elder ray and Williams fractals are TA-Lib 0.8's ERI and FRACTAL, so they are not duplicated")
    func notDuplicated() {
        #expect(FunctionInfo.talib.contains { $0.name == "ERI" })
        #expect(FunctionInfo.talib.contains { $0.name == "FRACTAL" })
    }

    @Test("every function has reference fixtures, at two parameter sets at least")
    func fixturesCoverEveryFunction() {
        for name in Self.beyond {
            #expect(BeyondFixture.all.filter { $0.function == name }.count >= 2, "\(name)")
        }
    }

    @Test("batch output equals the reference library's, with the lookback of our definition",
          arguments: BeyondFixture.all)
    func matchesReference(_ fixture: BeyondFixture) throws {
        let function = try IndicatorCatalog.function(named: fixture.function)
        let columns = BeyondFixture.inputs.columns
        let inputs = function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
        let ours = try function.compute(inputs, parameters: fixture.parameters)
        #expect(try function.lookback(parameters: fixture.parameters) == fixture.lookback)
        #expect(function.info.outputs.map(\.name) == fixture.outputNames)

        for (index, output) in function.info.outputs.enumerated() {
            let reference = fixture.outputs[output.name] ?? []
            let mine = ours[index]
            #expect(mine.count == reference.count)
            #expect(mine.prefix(fixture.lookback).allSatisfy { $0.isNaN }, "\(output.name): undefined before the lookback")
            let scale = reference.lazy.compactMap { $0 }.map(abs).max() ?? 0
            var mismatches: [String] = []
            for bar in fixture.lookback..<min(mine.count, reference.count) {
                let a = mine[bar]
                guard let b = reference[bar] else {
                    if a.isFinite { mismatches.append("bar \(bar): ours \(a), reference undefined") }
                    continue
                }
                let equal = output.isInteger
                    ? a == b
                    : a == b || abs(a - b) <= Self.relativeTolerance * max(abs(b), scale)
                if !equal { mismatches.append("bar \(bar): ours \(a), reference \(b)") }
            }
            #expect(mismatches.isEmpty,
                    "\(output.name): \(mismatches.count) bars differ from the reference, first: \(mismatches.prefix(3))")
        }
    }

    @Test("at every fixture parameter set, streaming gives the batch's numbers and a prefix's batch is the batch's prefix",
          arguments: BeyondFixture.all)
    func streamingAndPrefixes(_ fixture: BeyondFixture) throws {
        let function = try IndicatorCatalog.function(named: fixture.function)
        let columns = BeyondFixture.inputs.columns
        let inputs = function.info.inputs.map { Array(columns[$0.defaultColumn ?? $0.name]!.prefix(700)) }
        let batch = try function.compute(inputs, parameters: fixture.parameters)
        var stream = try function.stream(parameters: fixture.parameters)
        for bar in 0..<700 {
            if let output = stream.update(inputs.map { $0[bar] }) {
                #expect(zip(output, batch.map { $0[bar] }).allSatisfy { same($0, $1) }, "bar \(bar)")
            } else {
                #expect(batch.allSatisfy { $0[bar].isNaN }, "bar \(bar): batch has a value, stream none")
            }
        }
        for length in [fixture.lookback, fixture.lookback + 1, 600] {
            let part = try function.compute(inputs.map { Array($0.prefix(length)) }, parameters: fixture.parameters)
            for (output, series) in part.enumerated() {
                #expect(zip(series, batch[output]).allSatisfy { same($0, $1) }, "prefix \(length)")
            }
        }
    }

    // MARK: Hand-worked cases

    @Test("ICHIMOKU: midpoints of the channels, senkou A their mean, chikou the close, undisplaced")
    func ichimokuByHand() {
        // Periods 2, 3, 4. At bar 3 the highs are 10 12 11 13 and the lows 8 9 7 10:
        // tenkan (2 bars) = (13 + 7) / 2 = 10; kijun (3 bars) = (13 + 7) / 2 = 10;
        // senkou B (4 bars) = (13 + 7) / 2 = 10. At bar 4 (high 9, low 6):
        // tenkan = (13 + 6) / 2 = 9.5; kijun = (13 + 6) / 2 = 9.5; senkou B = (13 + 6) / 2 = 9.5.
        // At bar 5 (high 8, low 7.5): tenkan = (9 + 6) / 2 = 7.5, kijun = (13 + 6) / 2 = 9.5,
        // senkou A = (7.5 + 9.5) / 2 = 8.5; senkou B (bars 2…5) = (13 + 6) / 2 = 9.5.
        let high = [10.0, 12, 11, 13, 9, 8], low = [8.0, 9, 7, 10, 6, 7.5], close = [9.0, 11, 8, 12, 7, 7.8]
        let out = ICHIMOKU.compute(high: high, low: low, close: close, tenkanperiod: 2, kijunperiod: 3, senkouperiod: 4)
        #expect(out.tenkan[0].isNaN && out.tenkan[2].isNaN)
        #expect(Array(out.tenkan[3...]) == [10, 9.5, 7.5])
        #expect(Array(out.kijun[3...]) == [10, 9.5, 9.5])
        #expect(Array(out.senkoua[3...]) == [10, 9.5, 8.5])
        #expect(Array(out.senkoub[3...]) == [10, 9.5, 9.5])
        #expect(Array(out.chikou[3...]) == [12, 7, 7.8])
    }

    @Test("PIVOTS: classic, Fibonacci and Camarilla levels from the previous bar's high, low and close")
    func pivotLevelsByHand() {
        // H 110, L 90, C 100: pivot (110 + 90 + 100) / 3 = 100, range 20.
        let classic = PIVOTS.levels(.classic, high: 110, low: 90, close: 100)
        // R1 = 2P − L = 110, S1 = 2P − H = 90, R2 = P + 20, S2 = P − 20, R3 = H + 2(P − L) = 130,
        // S3 = L − 2(H − P) = 70, R4 = H + 3(P − L) = 140, S4 = L − 3(H − P) = 60.
        #expect((0..<9).map(classic.component) == [100, 110, 120, 130, 140, 90, 80, 70, 60])
        // Fibonacci: P ± 20 × 0.382, 0.618, 1, 1.382.
        let fibonacci = PIVOTS.levels(.fibonacci, high: 110, low: 90, close: 100)
        #expect(abs(fibonacci.r1 - 107.64) < 1e-12 && abs(fibonacci.s2 - 87.64) < 1e-12)
        #expect(fibonacci.r3 == 120 && abs(fibonacci.s4 - 72.36) < 1e-12)
        // Camarilla: C ± 20 × 1.1 / 12, / 6, / 4, / 2: R4 = 111, S3 = 94.5, R1 = 101.8333…
        let camarilla = PIVOTS.levels(.camarilla, high: 110, low: 90, close: 100)
        #expect(camarilla.r4 == 111 && camarilla.s3 == 94.5 && abs(camarilla.r1 - (100 + 22.0 / 12)) < 1e-12)
        // In a series the levels of bar 1 are bar 0's.
        let out = PIVOTS.compute(high: [110, 130], low: [90, 120], close: [100, 125])
        #expect(out.pivot[0].isNaN && out.pivot[1] == 100 && out.r3[1] == 130)
    }

    @Test("PIVOTS: with several bars per period, levels come from the previous period's extremes and last close")
    func pivotPeriods() {
        // Periods of 2 bars: bars 0–1 have H 12, L 8, last close 10, so bars 2–3 get pivot 10 and
        // R1 = 2 × 10 − 8 = 12; bars 2–3 (H 20, L 14, C 17) give bar 4 pivot 17.
        let out = PIVOTS.compute(high: [11, 12, 20, 16, 30], low: [8, 9, 15, 14, 25], close: [9, 10, 18, 17, 28],
                                 barsperperiod: 2)
        #expect(out.pivot[0].isNaN && out.pivot[1].isNaN)
        #expect(Array(out.pivot[2...]) == [10, 10, 17])
        #expect(Array(out.r1[2...3]) == [12, 12])
    }

    @Test("AVWAP: the volume-weighted typical price from the anchor bar on")
    func avwapByHand() {
        // Anchor 1. Typical prices: bar 1 (12 + 9 + 9) / 3 = 10, bar 2 (22 + 18 + 20) / 3 = 20.
        // Bar 1: 10. Bar 2: (10 × 1 + 20 × 3) / 4 = 17.5.
        let out = AVWAP.compute(high: [99, 12, 22], low: [1, 9, 18], close: [50, 9, 20], volume: [1000, 1, 3], anchor: 1)
        #expect(out[0].isNaN)
        #expect(Array(out[1...]) == [10, 17.5])
    }

    @Test("CHOP: 0 for a perfect trend, 100 for a market that covers its whole range every bar")
    func chopExtremes() {
        // Trend: close rises 1 a bar, high = close, low = close − 1: every true range is 1, so the
        // sum over n is n, and the n-bar range is n as well: log10(n / n) = 0.
        let closes = (0..<30).map { 100.0 + Double($0) }
        let trend = CHOP.compute(high: closes, low: closes.map { $0 - 1 }, close: closes, timeperiod: 10)
        #expect(trend[10...].allSatisfy { abs($0) < 1e-9 })
        // Chop: high 101, low 99 every bar: true ranges 2, sum 2n, range 2: log10(n) / log10(n).
        let flat = [Double](repeating: 101, count: 30)
        let chop = CHOP.compute(high: flat, low: flat.map { $0 - 2 }, close: (0..<30).map { $0 % 2 == 0 ? 99.5 : 100.5 },
                                timeperiod: 10)
        #expect(chop[10...].allSatisfy { abs($0 - 100) < 1e-9 })
    }

    @Test("CHOP: a NaN bar affects the index only while it is inside the window")
    func chopRecoversFromNaN() {
        var random = RandomSeries(seed: 3)
        let columns = random.columns(count: 80)
        var high = columns["high"]!, low = columns["low"]!, close = columns["close"]!
        let clean = CHOP.compute(high: high, low: low, close: close, timeperiod: 10)
        high[40] = .nan
        low[40] = .nan
        close[40] = .nan
        let broken = CHOP.compute(high: high, low: low, close: close, timeperiod: 10)
        #expect(broken[40].isNaN && broken[49].isNaN)
        // From bar 51 neither the NaN bar nor the true range that compared with its close is in the window.
        for bar in 51..<80 { #expect(abs(broken[bar] - clean[bar]) <= 1e-9 * abs(clean[bar]), "bar \(bar)") }
    }

    @Test("ULCER: root mean square of the percent drawdowns from the rolling high")
    func ulcerByHand() {
        // Period 2. Bar 1: high of (10, 8) = 10, drawdown −20 %; bar 2: high of (8, 8) = 8,
        // drawdown 0; bar 3: high of (8, 10) = 10, drawdown 0.
        // Bar 2: √((400 + 0) / 2) = √200; bar 3: √((0 + 0) / 2) = 0.
        let out = ULCER.compute([10, 8, 8, 10], timeperiod: 2)
        #expect(out[0].isNaN && out[1].isNaN)
        #expect(out[2] == 200.0.squareRoot() && out[3] == 0)
    }

    @Test("FISHER: Ehlers' recursion from zero, the trigger being the previous value")
    func fisherByHand() {
        // Period 2, medians 1, 3, 2 (high = low). Bar 2: window (3, 2), position (2 − 2) / 1 − 0.5
        // = −0.5; v = 0.66 × −0.5 + 0.67 × 0 = −0.33; fisher = 0.5 × (ln(0.67 / 1.33) + 0) ≈ −0.3428.
        // Bar 3 (median 2.5): window (2, 2.5), position 0.5; v = 0.33 − 0.2211 = 0.1089;
        // fisher = 0.5 × (ln(1.1089 / 0.8911) + fisher₂).
        let medians = [1.0, 3, 2, 2.5]
        let out = FISHER.compute(high: medians, low: medians, timeperiod: 2)
        let first = 0.5 * log(0.67 / 1.33)
        #expect(out.fisher[1].isNaN)
        #expect(abs(out.fisher[2] - first) < 1e-12 && out.trigger[2] == 0)
        let v = 0.66 * 0.5 + 0.67 * -0.33
        #expect(abs(out.fisher[3] - 0.5 * (log((1 + v) / (1 - v)) + first)) < 1e-12)
        #expect(out.trigger[3] == out.fisher[2])
    }

    @Test("FISHER: a flat market reads as the middle of its range, not a division by zero")
    func fisherFlat() {
        let flat = [Double](repeating: 5, count: 20)
        #expect(FISHER.compute(high: flat, low: flat, timeperiod: 5).fisher[5...].allSatisfy { $0 == 0 })
    }

    @Test("CHANDELIER: the extreme of the window less or plus the multiple of Wilder's ATR")
    func chandelierByHand() {
        // Period 2, multiplier 2. True ranges from bar 1: bar 1 max(12 − 10, |10 − 10|, |12 − 10|)
        // = 2; bar 2 max(13 − 11, |11 − 11|, |13 − 11|) = 2 → ATR at bar 2 = (2 + 2) / 2 = 2.
        // Bar 3: true range max(16 − 12, |12 − 12|, |16 − 12|) = 4 → ATR (2 × 1 + 4) / 2 = 3.
        // Long exit bar 2: highest high of bars 1–2 (13) − 2 × 2 = 9; short exit: lowest low 10 + 4.
        // Bar 3: 16 − 6 = 10 and 11 + 6 = 17.
        let out = CHANDELIER.compute(high: [11, 12, 13, 16], low: [9, 10, 11, 12], close: [10, 11, 12, 15],
                                     timeperiod: 2, multiplier: 2)
        #expect(out.longexit[1].isNaN)
        #expect(Array(out.longexit[2...]) == [9, 10])
        #expect(Array(out.shortexit[2...]) == [14, 17])
    }

    @Test("CONNORSRSI: mean of RSI(close), RSI(streak) and the rank of the 1-bar change, worked by hand")
    func connorsByHand() {
        // Closes 10 11 12 11 13, RSI periods 2 and 2, rank period 1.
        // RSI(close): changes +1 +1 −1 +2. Bar 2: gain 1, loss 0 → 100. Bar 3: gain (1 + 0) / 2 = 0.5,
        //   loss (0 + 1) / 2 = 0.5 → 50. Bar 4: gain (0.5 + 2) / 2 = 1.25, loss 0.25 → 83.33….
        // Streak 0 1 2 −1 1, changes +1 +1 −3 +2. RSI: bar 2 100; bar 3 gain 0.5, loss 1.5 → 25;
        //   bar 4 gain 1.25, loss 0.75 → 62.5.
        // 1-bar ROC: 10 %, 9.09 %, −8.33 %, 18.18 %. Rank among the 1 before: bar 2 0, bar 3 0, bar 4 100.
        // ConnorsRSI: (100 + 100 + 0) / 3, (50 + 25 + 0) / 3, (83.33… + 62.5 + 100) / 3.
        let out = CONNORSRSI.compute([10, 11, 12, 11, 13], rsiperiod: 2, streakperiod: 2, rankperiod: 1)
        #expect(out[0].isNaN && out[1].isNaN)
        #expect(abs(out[2] - 200.0 / 3) < 1e-12)
        #expect(abs(out[3] - 25) < 1e-12)
        #expect(abs(out[4] - (250.0 / 3 + 62.5 + 100) / 3) < 1e-12)
    }

    @Test("SQUEEZE: on a steady trend the momentum is (n − 1) / 2 and the squeeze depends on the Keltner width")
    func squeezeOnTrend() {
        // close = t, high = t + 0.5, low = t − 0.5, n = 4. Channel midpoint and SMA are both t − 1.5,
        // so close − their mean is 1.5 on every bar and the regression's end point is 1.5.
        // Bollinger: population deviation of four consecutive integers √(15/12) ≈ 1.118, × 2 = 2.236.
        // Keltner: true range 1.5 every bar; × 2 = 3 (bands outside: squeeze on), × 1 = 1.5 (off).
        let close = (0..<20).map(Double.init), high = close.map { $0 + 0.5 }, low = close.map { $0 - 0.5 }
        let wide = SQUEEZE.compute(high: high, low: low, close: close, bbperiod: 4, bbdev: 2, kcperiod: 4, kcmult: 2)
        #expect(wide.momentum[5].isNaN)
        #expect(wide.momentum[6...].allSatisfy { abs($0 - 1.5) < 1e-9 })
        #expect(wide.squeezeon[6...].allSatisfy { $0 == 1 } && wide.squeezeoff[6...].allSatisfy { $0 == 0 })
        let narrow = SQUEEZE.compute(high: high, low: low, close: close, bbperiod: 4, bbdev: 2, kcperiod: 4, kcmult: 1)
        #expect(narrow.squeezeon[6...].allSatisfy { $0 == 0 } && narrow.squeezeoff[6...].allSatisfy { $0 == 1 })
    }

    @Test("ALLIGATOR: Williams' SMMA of the median price, seeded with the simple mean")
    func alligatorByHand() {
        // Medians 1, 3, 5, 7 with periods 2, 2, 2: seed (1 + 3) / 2 = 2 at bar 1,
        // then (2 × 1 + 5) / 2 = 3.5 and (3.5 + 7) / 2 = 5.25.
        let medians = [1.0, 3, 5, 7]
        let out = ALLIGATOR.compute(high: medians, low: medians, jawperiod: 2, teethperiod: 2, lipsperiod: 2)
        #expect(out.jaw[0].isNaN)
        #expect(Array(out.jaw[1...]) == [2, 3.5, 5.25])
        #expect(out.teeth[1...] == out.jaw[1...] && out.lips[1...] == out.jaw[1...])
    }

    @Test("STC: a flat market keeps the stochastic at its previous value (Schaff's rule), here 0")
    func stcFlat() {
        let out = STC.compute([Double](repeating: 100, count: 120))
        #expect(out[70].isNaN && out[71...].allSatisfy { $0 == 0 })
    }

    @Test("STC: stays within 0…100 on real candles")
    func stcBounded() {
        let out = STC.compute(BeyondFixture.inputs.close)
        #expect(out.allSatisfy { $0.isNaN || (0...100).contains($0) })
    }

    @Test("KST: with unit periods, 1000 × the one-bar fractional change")
    func kstByHand() {
        // Every rate of change over 1 bar is 0.1 from 100 to 110, averaged over 1 bar:
        // 100 × (0.1 + 0.2 + 0.3 + 0.4) = 100; the signal (1 bar) equals it.
        let out = KST.compute([100, 110], rocperiod1: 1, rocperiod2: 1, rocperiod3: 1, rocperiod4: 1,
                              smaperiod1: 1, smaperiod2: 1, smaperiod3: 1, smaperiod4: 1, signalperiod: 1)
        #expect(out.kst[0].isNaN)
        #expect(abs(out.kst[1] - 100) < 1e-12 && out.signal[1] == out.kst[1])
    }

    @Test("VIDYA: an EMA scaled by |CMO|, seeded with the simple mean, holding in a flat market")
    func vidyaByHand() {
        // Period 2, α = 2/3. Closes 1 2 3 4 rise steadily, so |CMO| = 1 and VIDYA is the EMA:
        // seed (1 + 2) / 2 = 1.5; then 2/3 × 3 + 1/3 × 1.5 = 2.5; 2/3 × 4 + 1/3 × 2.5 = 3.5.
        let trend = VIDYA.compute([1, 2, 3, 4], timeperiod: 2)
        #expect(trend[0].isNaN)
        #expect(abs(trend[2] - 2.5) < 1e-12 && abs(trend[3] - 3.5) < 1e-12 && trend[1] == 1.5)
        // Alternating up 1 and down 1: every CMO is 0, so the average holds at its seed (10 + 11) / 2.
        #expect(VIDYA.compute([10, 11, 10, 11, 10], timeperiod: 2)[1...].allSatisfy { $0 == 10.5 })
    }
}
