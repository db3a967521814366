/// Why a function could not be run from names and values; each message lists what is valid.
public enum IndicatorError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownFunction(name: String, valid: [String])
    case unknownParameter(function: String, name: String, valid: [String])
    case parameterOutOfRange(function: String, name: String, value: Double, allowed: String)
    case missingInput(function: String, expected: [String], given: Int)
    case inputLengthMismatch(function: String, lengths: [Int])

    public var description: String {
        switch self {
        case .unknownFunction(let name, let valid):
            "unknown function '\(name)'; valid functions: \(valid.joined(separator: ", "))"
        case .unknownParameter(let function, let name, let valid):
            "\(function) has no parameter '\(name)'; its parameters: "
                + (valid.isEmpty ? "none" : valid.joined(separator: ", "))
        case .parameterOutOfRange(let function, let name, let value, let allowed):
            "\(function) parameter '\(name)' = \(Self.text(value)) is not allowed: use \(allowed)"
        case .missingInput(let function, let expected, let given):
            "\(function) takes \(expected.count) input series (\(expected.joined(separator: ", "))), given \(given)"
        case .inputLengthMismatch(let function, let lengths):
            "\(function) input series differ in length (\(lengths.map(String.init).joined(separator: ", "))); give series of equal length"
        }
    }

    /// A whole number without ".0", anything else as Swift prints it.
    private static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
