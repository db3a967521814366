import Indicators
import Testing

@Suite("Momentum oscillators and volume indicators")
struct MomentumOscillatorsTests {
    static let names = [
        "AD", "ADOSC", "OBV", "NVI", "PVI", "PVT", "CMF", "EFI", "MARKETFI", "RVOL", "VWAP", "PVO",
        "MACD", "MACDEXT", "MACDFIX", "APO", "PPO", "STOCH", "STOCHF", "STOCHRSI", "TRIX",
        "AC", "AO", "COPPOCK", "DPO", "ERI", "FOSC", "SMI", "TSI",
    ]

    /// Deterministic bars: a random walk with occasional flat stretches, zero volumes and gaps.
    static func bars(_ count: Int, seed: UInt64 = 11) -> [String: [Double]] {
        var state = seed
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var columns: [String: [Double]] = ["open": [], "high": [], "low": [], "close": [], "volume": []]
        var price = 100.0
        for index in 0..<count {
            let flat = index % 50 < 8
            let open = price
            if !flat { price = max(1, price + (next() - 0.5) * 4) }
            let high = max(open, price) + (flat ? 0 : next())
            let low = min(open, price) - (flat ? 0 : next())
            columns["open"]!.append(open)
            columns["high"]!.append(high)
            columns["low"]!.append(low)
            columns["close"]!.append(price)
            columns["volume"]!.append(index % 17 == 0 ? 0 : (next() * 1000).rounded())
        }
        return columns
    }

    static func inputs(_ function: IndicatorFunction, _ columns: [String: [Double]]) -> [[Double]] {
        function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
    }

    @Test("streaming gives the batch form's values, bar by bar", arguments: names)
    func streamingEqualsBatch(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        let inputs = Self.inputs(function, Self.bars(400))
        let batch = try function.compute(inputs)
        var stream = try function.stream()
        for bar in 0..<400 {
            let output = stream.update(inputs.map { $0[bar] })
            if bar < stream.lookback {
                #expect(output == nil, "\(name) bar \(bar)")
            } else {
                let values = try #require(output, "\(name) bar \(bar)")
                for (index, value) in values.enumerated() {
                    let expected = batch[index][bar]
                    #expect(value == expected || (value.isNaN && expected.isNaN), "\(name) bar \(bar)")
                }
            }
        }
        let lookback = try function.lookback()
        for column in batch {
            #expect(column.prefix(while: \.isNaN).count == min(400, lookback), "\(name) prefix")
        }
    }

    @Test("empty, short, constant and non-finite input do not trap", arguments: names)
    func degenerateInput(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        let count = function.info.inputs.count
        _ = try function.compute([[Double]](repeating: [], count: count))
        _ = try function.compute([[Double]](repeating: [1, 2], count: count))
        let constant = try function.compute([[Double]](repeating: [Double](repeating: 5, count: 300), count: count))
        #expect(constant.allSatisfy { $0.count == 300 })
        _ = try function.compute([[Double]](repeating: [Double](repeating: 0, count: 300), count: count))
        var wild = Self.inputs(function, Self.bars(300, seed: 3))
        for column in wild.indices {
            wild[column][40] = .nan
            wild[column][90] = .infinity
            wild[column][91] = -.infinity
            wild[column][150] = 0
        }
        _ = try function.compute(wild)
        var stream = try function.stream()
        for bar in 0..<300 { _ = stream.update(wild.map { $0[bar] }) }
    }

    @Test("MACD's fast EMA is seeded on the bars just before the slow EMA's first value")
    func macdAlignment() {
        let prices: [Double] = [10, 12, 11, 15, 14, 13, 16, 18, 17, 19]
        let output = MACD.compute(prices, fastperiod: 3, slowperiod: 5, signalperiod: 2)
        let fastSeed: Double = (11 + 15 + 14) / 3
        let slowSeed: Double = (10 + 12 + 11 + 15 + 14) / 5
        let fast: Double = (13 - fastSeed) * 0.5 + fastSeed
        let slow: Double = (13 - slowSeed) * (2.0 / 6.0) + slowSeed
        let line: Double = fast - slow
        let signal: Double = ((fastSeed - slowSeed) + line) / 2
        #expect(output.macd[4].isNaN)
        #expect(abs(output.macd[5] - line) < 1e-12)
        #expect(abs(output.macdsignal[5] - signal) < 1e-12)
    }
}
