import Indicators
import Testing

/// Properties every catalog function must have, checked on random series at the parameter sets
/// of the TA-Lib fixtures.
@Suite("Streaming and batch agree")
struct StreamingPropertyTests {
    static let functions = IndicatorCatalog.functions.map(\.info.name)

    @Test("the streaming form gives the batch form's numbers bar by bar", arguments: functions)
    func streamingEqualsBatch(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        var random = RandomSeries(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        for parameters in function.fixtureParameters {
            let count = 150 + Int(random.unit() * 150)
            let inputs = function.inputs(from: random.columns(count: count))
            let batch = try function.compute(inputs, parameters: parameters)
            var stream = try function.stream(parameters: parameters)
            var firstOutput: Int?
            for bar in 0..<count {
                let output = stream.update(inputs.map { $0[bar] })
                if let output {
                    firstOutput = firstOutput ?? bar
                    #expect(zip(output, batch.map { $0[bar] }).allSatisfy { same($0, $1) }, "bar \(bar) with \(parameters)")
                } else {
                    #expect(batch.allSatisfy { $0[bar].isNaN }, "bar \(bar): batch has a value, stream none")
                }
            }
            if let firstOutput { #expect(firstOutput == stream.lookback, "first output at the lookback") }
        }
    }

    @Test("a value never depends on later bars: the batch over a prefix is the prefix of the batch",
          arguments: functions)
    func noLookahead(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        var random = RandomSeries(seed: 99)
        let full = function.inputs(from: random.columns(count: 240))
        for parameters in function.fixtureParameters {
            let whole = try function.compute(full, parameters: parameters)
            for length in [0, 1, 17, 63, 64, 65, 150, 239] {
                let part = try function.compute(full.map { Array($0.prefix(length)) }, parameters: parameters)
                for (output, series) in part.enumerated() {
                    #expect(zip(series, whole[output].prefix(length)).allSatisfy { same($0, $1) }, "prefix \(length), \(parameters)")
                }
            }
        }
    }
}
