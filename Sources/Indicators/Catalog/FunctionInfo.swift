/// What a function is, as TA-Lib's abstract API describes it: group, inputs, parameters with
/// defaults and ranges, and outputs. `miyamoto-ta list` prints exactly this.
public struct FunctionInfo: Sendable, Hashable, Codable {
    /// TA-Lib's name (`"BBANDS"`), or ours for functions TA-Lib lacks.
    public let name: String
    public let group: String
    public let displayName: String
    /// Input series in the order `compute` takes them.
    public let inputs: [InputInfo]
    public let parameters: [ParameterInfo]
    public let outputs: [OutputInfo]
    /// Where the definition comes from: `"TA-Lib"` or a citation for the others.
    public let source: String

    public init(
        name: String, group: String, displayName: String, inputs: [InputInfo],
        parameters: [ParameterInfo], outputs: [OutputInfo], source: String = "TA-Lib"
    ) {
        self.name = name
        self.group = group
        self.displayName = displayName
        self.inputs = inputs
        self.parameters = parameters
        self.outputs = outputs
        self.source = source
    }
}

/// One input series: its name in TA-Lib's signature (`real`, `real0`, `high`, `volume`,
/// `periods`) and the candle column fed to it by default (`real` → `close`, `real0` → `high`).
public struct InputInfo: Sendable, Hashable, Codable {
    public let name: String
    /// nil when no candle column fits (MAVP's `periods`): the caller must map one.
    public let defaultColumn: String?

    public init(_ name: String, defaultColumn: String?) {
        self.name = name
        self.defaultColumn = defaultColumn
    }
}

/// One parameter: TA-Lib's Python name (`timeperiod`), its default and the values allowed.
public struct ParameterInfo: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A whole number within `minimum...maximum`.
        case integer
        /// A real number within `minimum...maximum`.
        case real
        /// A moving-average type, 0–13 (``MAType``); 11 means the function's own default.
        case maType = "matype"
    }

    public let name: String
    public let displayName: String
    public let help: String
    public let kind: Kind
    public let defaultValue: Double
    public let minimum: Double
    public let maximum: Double

    public init(
        _ name: String, kind: Kind, default defaultValue: Double, minimum: Double, maximum: Double,
        displayName: String, help: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.displayName = displayName
        self.help = help
    }

    /// The allowed values in words, for error messages.
    public var allowed: String {
        switch kind {
        case .integer: "an integer from \(Int(minimum)) to \(Int(maximum))"
        case .real: "a number from \(minimum) to \(maximum)"
        case .maType: "a moving-average type 0–13 (" + MAType.allCases.map { "\($0.rawValue)=\($0.name)" }.joined(separator: ", ") + ")"
        }
    }
}

/// One output: TA-Lib's name (`real`, `upperband`, `integer`) and whether it holds integers.
public struct OutputInfo: Sendable, Hashable, Codable {
    public let name: String
    public let isInteger: Bool
    /// TA-Lib's plotting hints ("Line", "Upper Limit", …).
    public let flags: [String]

    public init(_ name: String, isInteger: Bool = false, flags: [String] = []) {
        self.name = name
        self.isInteger = isInteger
        self.flags = flags
    }
}
