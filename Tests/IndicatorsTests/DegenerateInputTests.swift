import Indicators
import Testing

/// What every function does with input that is empty, too short, flat or broken. The defined
/// behaviour (docs/INDICATORS.md): empty in, empty out; shorter than the lookback, all
/// undefined; leading NaN bars are skipped; NaN or ±∞ inside flows through the arithmetic as in
/// TA-Lib; nothing ever traps.
@Suite("Degenerate input")
struct DegenerateInputTests {
    static let functions = IndicatorCatalog.functions.map(\.info.name)

    @Test("empty input gives empty outputs", arguments: functions)
    func empty(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        let outputs = try function.compute(function.info.inputs.map { _ in [] })
        #expect(outputs.count == function.info.outputs.count)
        #expect(outputs.allSatisfy { $0.isEmpty })
    }

    @Test("input shorter than the lookback gives only undefined values", arguments: functions)
    func shorterThanLookback(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        let lookback = try function.lookback()
        var random = RandomSeries(seed: 5)
        let inputs = function.inputs(from: random.columns(count: lookback))
        #expect(try function.compute(inputs).allSatisfy { $0.allSatisfy { $0.isNaN } })
    }

    @Test("a constant series computes without trapping", arguments: functions)
    func constant(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        let flat = [Double](repeating: 42, count: 300)
        let columns = ["open": flat, "high": flat, "low": flat, "close": flat, "volume": flat, "periods": flat.map { _ in 5 }]
        let outputs = try function.compute(function.inputs(from: columns))
        #expect(outputs.allSatisfy { $0.count == 300 })
    }

    @Test("leading NaN bars are skipped: the output is the one of the series without them, shifted",
          arguments: functions)
    func leadingNaN(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        var random = RandomSeries(seed: 11)
        let inputs = function.inputs(from: random.columns(count: 200))
        let padded = inputs.map { [Double](repeating: .nan, count: 7) + $0 }
        let plain = try function.compute(inputs)
        let shifted = try function.compute(padded)
        for (output, series) in shifted.enumerated() {
            #expect(series.prefix(7).allSatisfy { $0.isNaN })
            let tail = Array(series.dropFirst(7))
            if function.info.name.hasSuffix("INDEX") {
                // Indices count from the first bar of the array given, as TA-Lib's wrapper does.
                #expect(zip(tail, plain[output]).allSatisfy { same($0, $1 + 7) })
            } else {
                #expect(zip(tail, plain[output]).allSatisfy { same($0, $1) })
            }
        }
    }

    @Test("NaN and infinities inside a series never trap", arguments: functions)
    func nonFiniteInside(_ name: String) throws {
        let function = try IndicatorCatalog.function(named: name)
        var random = RandomSeries(seed: 13)
        for poison in [Double.nan, .infinity, -.infinity, 0] {
            var columns = random.columns(count: 200)
            for key in columns.keys { columns[key]![120] = poison; columns[key]![121] = poison }
            _ = try function.compute(function.inputs(from: columns))
            var stream = try function.stream()
            let inputs = function.inputs(from: columns)
            for bar in 0..<200 { _ = stream.update(inputs.map { $0[bar] }) }
        }
    }
}
