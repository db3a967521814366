import Indicators
import Testing

@Suite("SMA")
struct SMATests {
    @Test("averages the last period values once period values are in, worked by hand")
    func handWorked() {
        // (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+8)/3 = 5
        let output = SMA.compute([1, 2, 3, 4, 8], timeperiod: 3)
        #expect(output[0].isNaN && output[1].isNaN)
        #expect(Array(output[2...]) == [2, 3, 5])
    }

    @Test("the streaming form gives the batch form's numbers on every prefix")
    func streamingEqualsBatch() {
        var state: UInt64 = 7
        var values: [Double] = []
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Double(state >> 11) / Double(1 << 53) * 1000)
        }
        for period in [1, 2, 5, 30] {
            let batch = SMA.compute(values, timeperiod: period)
            var stream = SMA(timeperiod: period)
            for (index, value) in values.enumerated() {
                let output = stream.update(value)
                if index < period - 1 { #expect(output == nil) } else { #expect(output == batch[index]) }
            }
        }
    }

    @Test("the lookback is period − 1, as in TA-Lib")
    func lookback() {
        #expect(SMA(timeperiod: 30).lookback == 29)
        #expect(SMA(timeperiod: 1).lookback == 0)
    }

    @Test("input shorter than the period gives no value")
    func shortInput() {
        #expect(SMA.compute([1, 2], timeperiod: 3).allSatisfy { $0.isNaN })
        #expect(SMA.compute([], timeperiod: 3).isEmpty)
    }
}
