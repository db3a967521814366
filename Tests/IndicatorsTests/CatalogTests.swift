import Indicators
import Testing

@Suite("Function catalog")
struct CatalogTests {
    /// TA-Lib functions not implemented yet; the list only shrinks (the test fails when a listed
    /// function appears, so the list stays true).
    static let pending: Set<String> = []

    @Test("every TA-Lib function is in the catalog, apart from the ones listed as pending")
    func coversTALib() {
        let registered = Set(IndicatorCatalog.functions.map(\.info.name))
        let missing = Set(FunctionInfo.talib.map(\.name)).subtracting(registered)
        #expect(missing == Self.pending, "missing but not pending: \(missing.subtracting(Self.pending).sorted()); pending but present: \(Self.pending.subtracting(missing).sorted())")
    }

    @Test("TA-Lib's catalog holds its 201 functions in its ten groups")
    func talibShape() {
        #expect(FunctionInfo.talib.count == 201)
        #expect(Set(FunctionInfo.talib.map(\.group)).count == 10)
        #expect(FunctionInfo.talib.filter { $0.group == "Pattern Recognition" }.count == 61)
    }

    @Test("names are found case-insensitively; an unknown name lists the valid ones")
    func lookup() throws {
        #expect(try IndicatorCatalog.function(named: "sma").info.name == "SMA")
        #expect(throws: IndicatorError.self) { try IndicatorCatalog.function(named: "NOPE") }
        do {
            _ = try IndicatorCatalog.function(named: "NOPE")
        } catch {
            #expect(error.description.contains("valid functions: ") && error.description.contains("SMA"))
        }
    }

    @Test("an unknown parameter is refused with the function's parameters listed")
    func unknownParameter() throws {
        let sma = try IndicatorCatalog.function(named: "SMA")
        #expect(throws: IndicatorError.unknownParameter(function: "SMA", name: "period", valid: ["timeperiod"])) {
            try sma.compute([[1, 2, 3]], parameters: ["period": 2])
        }
    }

    @Test("a parameter out of TA-Lib's range, or a fraction for an integer, is refused with the range")
    func outOfRange() throws {
        let sma = try IndicatorCatalog.function(named: "SMA")
        for bad in [0.0, 100_001, 2.5, .nan] {
            #expect(throws: IndicatorError.self) { try sma.compute([[1, 2, 3]], parameters: ["timeperiod": bad]) }
        }
        do {
            _ = try sma.compute([[1, 2, 3]], parameters: ["timeperiod": 0])
        } catch {
            #expect(error.description == "SMA parameter 'timeperiod' = 0 is not allowed: use an integer from 1 to 100000")
        }
    }

    @Test("inputs of different lengths are refused")
    func lengthMismatch() throws {
        let function = try IndicatorCatalog.function(named: "SMA")
        #expect(throws: IndicatorError.missingInput(function: "SMA", expected: ["real"], given: 2)) {
            try function.compute([[1], [2]])
        }
    }
}
