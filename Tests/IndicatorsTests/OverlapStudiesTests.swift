import Indicators
import Testing

@Suite("Overlap studies")
struct OverlapStudiesTests {
    static let names = [
        "SMA", "EMA", "WMA", "DEMA", "TEMA", "TRIMA", "KAMA", "MAMA", "T3", "MA", "BBANDS", "MAVP",
        "MIDPOINT", "MIDPRICE", "SAR", "SAREXT", "ACCBANDS", "DONCHIAN", "HMA", "KC", "RMA",
        "SUPERTREND", "VWMA", "ZLEMA",
    ]

    /// Defaults, and every integer parameter at its minimum (periods of 1 and 2 take special paths).
    static let cases: [(name: String, parameters: [String: Double])] = names.flatMap { name in
        let info = try! IndicatorCatalog.function(named: name).info
        var smallest: [String: Double] = [:]
        for parameter in info.parameters where parameter.kind == .integer {
            smallest[parameter.name] = parameter.minimum
        }
        return [(name, [:]), (name, smallest)]
    }

    /// A random walk with OHLCV columns, and periods for MAVP.
    static func candles(_ count: Int, seed: UInt64 = 11) -> [String: [Double]] {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var close: [Double] = [], high: [Double] = [], low: [Double] = [], volume: [Double] = []
        var periods: [Double] = []
        var price = 100.0
        for _ in 0..<count {
            price += next() - 0.5
            close.append(price)
            high.append(price + next())
            low.append(price - next())
            volume.append(next() * 1000)
            periods.append(next() * 40)
        }
        return ["open": close, "high": high, "low": low, "close": close, "volume": volume, "periods": periods]
    }

    static func inputs(for function: IndicatorFunction, _ columns: [String: [Double]]) -> [[Double]] {
        function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
    }

    @Test("the streaming form gives the batch form's numbers on every bar", arguments: cases)
    func streamingEqualsBatch(_ testCase: (name: String, parameters: [String: Double])) throws {
        let function = try IndicatorCatalog.function(named: testCase.name)
        let columns = Self.inputs(for: function, Self.candles(600))
        let batch = try function.compute(columns, parameters: testCase.parameters)
        var stream = try function.stream(parameters: testCase.parameters)
        #expect(stream.lookback == (try function.lookback(parameters: testCase.parameters)))
        for bar in 0..<600 {
            let output = stream.update(columns.map { $0[bar] })
            for (index, series) in batch.enumerated() {
                let expected = series[bar]
                if let output {
                    #expect(output[index].bitPattern == expected.bitPattern || (output[index].isNaN && expected.isNaN),
                            "\(testCase.name) bar \(bar)")
                } else {
                    #expect(expected.isNaN, "\(testCase.name) bar \(bar): batch has a value, stream none")
                }
            }
            if output == nil { #expect(bar < stream.lookback, "\(testCase.name) bar \(bar)") }
        }
    }

    @Test("NaN, infinities, zeros, flat stretches and short input never trap", arguments: cases)
    func hostileInput(_ testCase: (name: String, parameters: [String: Double])) throws {
        let function = try IndicatorCatalog.function(named: testCase.name)
        var columns = Self.candles(300)
        for (key, values) in columns {
            var values = values
            values[40] = .nan
            values[80] = .infinity
            values[81] = -.infinity
            values[120] = 0
            values[121] = -values[121]
            for bar in 150..<220 { values[bar] = key == "volume" ? 0 : 42 }
            values[250] = .greatestFiniteMagnitude
            columns[key] = values
        }
        for count in [0, 1, 2, 5, 300] {
            let inputs = Self.inputs(for: function, columns).map { Array($0.prefix(count)) }
            let outputs = try function.compute(inputs, parameters: testCase.parameters)
            #expect(outputs.count == function.info.outputs.count)
            #expect(outputs.allSatisfy { $0.count == count })
        }
    }

    @Test("hand-worked values: EMA seeded with the mean, WMA weights, period-1 copies")
    func handWorked() {
        #expect(Array(EMA.compute([1, 2, 3, 4, 5], timeperiod: 3).dropFirst(2)) == [2, 3, 4])
        #expect(WMA.compute([1, 2, 3], timeperiod: 3)[2] == 14.0 / 6.0)
        let spiky = [1.0, 3e5, -.infinity, 7, .infinity, 2]
        for type in MAType.allCases {
            #expect(MA.compute(spiky, timeperiod: 1, matype: type) == spiky, "\(type.name) period 1 copies")
        }
    }

    @Test("MIDPOINT passes over NaN as TA-Lib 0.8's block-wise extremes do")
    func midpointNaN() {
        let first = MIDPOINT.compute([1, 2, .nan, 4, 5, 6], timeperiod: 3)
        #expect(first.prefix(5).allSatisfy(\.isNaN) && first[5] == 5)
        let second = MIDPOINT.compute([5, .nan, 3, 2, 1, 0], timeperiod: 2)
        #expect(second.prefix(3).allSatisfy(\.isNaN) && Array(second.suffix(3)) == [2.5, 1.5, 0.5])
    }

    @Test("MAVP truncates periods, saturates at the limits and takes NaN as the minimum")
    func mavpPeriods() {
        let values = (1...40).map { Double($0) * Double($0).squareRoot() }
        let simple = (2...10).map { SMA.compute(values, timeperiod: $0)[30] }
        for (period, expected) in [(Double.nan, 2), (.infinity, 10), (-.infinity, 2), (3e9, 10), (9.99, 9), (0.5, 2)] {
            var periods = [Double](repeating: 5, count: 40)
            periods[30] = period
            let output = MAVP.compute(values, periods: periods, minperiod: 2, maxperiod: 10)
            #expect(output[30] == simple[expected - 2], "period \(period)")
        }
    }
}
