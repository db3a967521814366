import Indicators
import Testing

/// Indicators are values: a copy taken mid-stream goes its own way. Guards the shared storage
/// (``RingBuffer``'s copy-on-write windows) against optimisations that would share state.
@Suite("Value semantics")
struct ValueSemanticsTests {
    @Test("a stream copied mid-series is independent of the original", arguments: StreamingPropertyTests.functions)
    func copiedStreamIsIndependent(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        var random = RandomSeries(seed: UInt64(name.utf8.reduce(7) { $0 &* 131 &+ UInt64($1) }))
        let count = 160, split = 90
        let first = function.inputs(from: random.columns(count: count))
        let second = function.inputs(from: random.columns(count: count))
        // The copy continues on other bars: its outputs are the batch over the spliced series.
        let spliced = zip(first, second).map { Array($0[..<split] + $1[split...]) }
        let expectedOriginal = try function.compute(first)
        let expectedCopy = try function.compute(spliced)
        var original = try function.stream()
        for bar in 0..<split { _ = original.update(first.map { $0[bar] }) }
        var copy = original
        for bar in split..<count {
            // Interleaved, so shared state of any kind would show.
            let fromOriginal = original.update(first.map { $0[bar] })
            let fromCopy = copy.update(second.map { $0[bar] })
            #expect(matches(fromOriginal, expectedOriginal, bar), "original, bar \(bar)")
            #expect(matches(fromCopy, expectedCopy, bar), "copy, bar \(bar)")
        }
    }

    private func matches(_ output: [Double]?, _ batch: [[Double]], _ bar: Int) -> Bool {
        guard let output else { return batch.allSatisfy { $0[bar].isNaN } }
        return zip(output, batch.map { $0[bar] }).allSatisfy { same($0, $1) }
    }
}
