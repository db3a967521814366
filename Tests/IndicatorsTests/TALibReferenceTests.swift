// Every catalog function against TA-Lib itself (PyPI ta-lib 0.8.2, C library 0.8.1) on 5,000
// real candles, at default parameters and at a second set. Fixtures:
//     /tmp/talibenv/bin/python scripts/indicators/generate_fixtures.py
import Indicators
import Testing

@Suite("Equal to TA-Lib")
struct TALibReferenceTests {
    static let registered = TALibFixtures.manifest.cases.filter { testCase in
        (try? IndicatorCatalog.function(named: testCase.function)) != nil
    }

    /// Real outputs agree to 1e-9 of the value, or of the output's largest magnitude where the
    /// value is near zero (a difference of two large running sums, as in MACD or ROC).
    static let relativeTolerance = 1e-9

    @Test("batch output equals TA-Lib's, with the same lookback and undefined prefix", arguments: registered)
    func matchesTALib(_ testCase: TALibFixtures.Case) throws {
        let function = try IndicatorCatalog.function(named: testCase.function)
        let columns = TALibFixtures.columns(testCase.dataset)
        let inputs = function.info.inputs.map { columns[$0.defaultColumn ?? $0.name]! }
        let ours = try function.compute(inputs, parameters: testCase.parameters)
        let theirs = TALibFixtures.outputs(testCase)

        #expect(try function.lookback(parameters: testCase.parameters) == testCase.lookback)
        for (index, name) in testCase.outputs.enumerated() {
            let integer = testCase.types[index] == "i4"
            let (mine, reference) = (ours[index], theirs[index])
            if integer {
                #expect(mine.prefix(while: \.isNaN).count == testCase.lookback, "\(name): undefined prefix")
            } else {
                #expect(mine.prefix(while: \.isNaN).count == reference.prefix(while: \.isNaN).count,
                        "\(name): undefined prefix")
            }
            let scale = reference.lazy.filter(\.isFinite).map(abs).max() ?? 0
            var mismatches: [String] = []
            for bar in testCase.lookback..<reference.count {
                let (a, b) = (mine[bar], reference[bar])
                let equal = integer
                    ? a == b
                    : (a.isNaN && b.isNaN) || a == b
                        || abs(a - b) <= Self.relativeTolerance * max(abs(b), scale)
                if !equal { mismatches.append("bar \(bar): ours \(a), TA-Lib \(b)") }
            }
            #expect(mismatches.isEmpty, "\(name): \(mismatches.count) bars differ, first: \(mismatches.prefix(3))")
        }
    }
}
