/// Every function of the library by name: TA-Lib's 201 and the ones TA-Lib lacks.
public enum IndicatorCatalog {
    /// All registered functions, TA-Lib's first, in TA-Lib's order.
    public static let functions: [IndicatorFunction] = {
        let registered = overlapStudies + momentumWilder + momentumOscillators + statisticAndCycle
            + patternsFirstHalf + patternsSecondHalf + transforms + beyondTALib
        let order = Dictionary(uniqueKeysWithValues: FunctionInfo.talib.enumerated().map { ($1.name, $0) })
        return registered.sorted { (order[$0.info.name] ?? .max, $0.info.name) < (order[$1.info.name] ?? .max, $1.info.name) }
    }()

    private static let byName = Dictionary(uniqueKeysWithValues: functions.map { ($0.info.name, $0) })

    /// The function called `name` (case-insensitive, as TA-Lib's abstract API).
    public static func function(named name: String) throws(IndicatorError) -> IndicatorFunction {
        guard let function = byName[name.uppercased()] ?? byName[name] else {
            throw .unknownFunction(name: name, valid: functions.map(\.info.name))
        }
        return function
    }
}

extension IndicatorFunction {
    /// Registers a type under TA-Lib's own description of the function of the same name.
    static func talib<Indicator: CatalogIndicator>(_ type: Indicator.Type) -> IndicatorFunction {
        guard let info = FunctionInfo.talib.first(where: { $0.name == Indicator.functionName }) else {
            preconditionFailure("\(Indicator.functionName) is not a TA-Lib function")
        }
        return IndicatorFunction(type, info: info)
    }
}
