/// A complete, checked set of parameter values for one function, read by name.
public struct ParameterValues: Sendable, Hashable {
    public private(set) var values: [String: Double]

    /// Fills in defaults and checks every value against `info`: unknown names, values out of
    /// range and fractions given to integer parameters are refused with the allowed values.
    public init(_ given: [String: Double] = [:], for info: FunctionInfo) throws(IndicatorError) {
        let known = info.parameters.map(\.name)
        if let unknown = given.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownParameter(function: info.name, name: unknown, valid: known)
        }
        var values: [String: Double] = [:]
        for parameter in info.parameters {
            let value = given[parameter.name] ?? parameter.defaultValue
            let whole = parameter.kind != .real
            guard !value.isNaN, value >= parameter.minimum, value <= parameter.maximum,
                !whole || value == value.rounded()
            else {
                throw .parameterOutOfRange(
                    function: info.name, name: parameter.name, value: value, allowed: parameter.allowed)
            }
            // TA-Lib's matype 11 stands for the function's own default type.
            let resolved = parameter.kind == .maType && value == Double(MAType.functionDefault.rawValue)
                ? parameter.defaultValue : value
            values[parameter.name] = resolved
        }
        self.values = values
    }

    /// An integer parameter (validated, so the conversion is exact).
    public func int(_ name: String) -> Int { Int(value(name)) }

    /// A real parameter.
    public func real(_ name: String) -> Double { value(name) }

    /// A moving-average type parameter (validated, so the type exists).
    public func maType(_ name: String) -> MAType {
        guard let type = MAType(rawValue: int(name)) else {
            preconditionFailure("catalog range admits matype \(int(name)), which MAType lacks")
        }
        return type
    }

    private func value(_ name: String) -> Double {
        guard let value = values[name] else {
            preconditionFailure("indicator reads parameter '\(name)' that its catalog entry does not declare")
        }
        return value
    }
}
