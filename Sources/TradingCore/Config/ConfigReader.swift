/// Reads one JSON object of a configuration, field by field, with typed accessors that name
/// the field in every error; `finish()` rejects keys nobody asked for (a typo in a risk limit
/// must not pass silently).
public final class ConfigReader {
    public let path: String
    private let fields: [String: JSONValue]
    private var read: Set<String> = []

    /// Reads `value`, which must be an object, found at `path` (empty for the document).
    public init(_ value: JSONValue, path: String = "") throws {
        guard case .object(let fields) = value else {
            throw ConfigError(field: path, message: "must be an object, found \(value.typeName)")
        }
        self.path = path
        self.fields = fields
    }

    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func value(_ key: String) -> JSONValue? {
        read.insert(key)
        guard let value = fields[key], value != .null else { return nil }
        return value
    }

    /// Every key present, sorted.
    public var keys: [String] { fields.keys.sorted() }

    public func has(_ key: String) -> Bool { fields[key] != nil && fields[key] != .null }

    public func string(_ key: String, default fallback: String? = nil, allowed: [String]? = nil) throws -> String {
        guard let value = try optionalString(key, allowed: allowed) ?? fallback else {
            throw ConfigError(field: field(key), message: "is required" + (allowed.map { "; one of: \($0.joined(separator: ", "))" } ?? ""))
        }
        return value
    }

    public func optionalString(_ key: String, allowed: [String]? = nil) throws -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value else {
            throw ConfigError(field: field(key), message: "must be a string, found \(value.typeName)")
        }
        if let allowed, !allowed.contains(text) {
            throw ConfigError(field: field(key), message: "'\(text)' is not allowed; use one of: \(allowed.joined(separator: ", "))")
        }
        return text
    }

    public func optionalDecimal(_ key: String, in range: ClosedRange<FixedDecimal>? = nil, unit: String = "") throws -> FixedDecimal? {
        guard let value = value(key) else { return nil }
        let number: FixedDecimal
        switch value {
        case .number(let double) where double.isFinite && abs(double) < 1e20:
            number = FixedDecimal(double)
        case .string(let text):
            guard let parsed = FixedDecimal(text) else {
                throw ConfigError(field: field(key), message: "'\(text)' is not a number")
            }
            number = parsed
        default:
            throw ConfigError(field: field(key), message: "must be a number, found \(value.typeName)")
        }
        if let range, !range.contains(number) {
            // A lower bound of one raw unit means "positive".
            let bounds = range.lowerBound.raw == 1
                ? "greater than 0 and at most \(range.upperBound)\(unit)"
                : "between \(range.lowerBound) and \(range.upperBound)\(unit)"
            throw ConfigError(field: field(key), message: "must be \(bounds) (got \(number))")
        }
        return number
    }

    public func decimal(_ key: String, default fallback: FixedDecimal, in range: ClosedRange<FixedDecimal>? = nil, unit: String = "") throws -> FixedDecimal {
        try optionalDecimal(key, in: range, unit: unit) ?? fallback
    }

    public func optionalInt(_ key: String, in range: ClosedRange<Int>? = nil) throws -> Int? {
        guard let value = value(key) else { return nil }
        guard case .number(let double) = value, double.rounded() == double, abs(double) < 1e15 else {
            throw ConfigError(field: field(key), message: "must be a whole number, found \(value == .null ? "null" : "\(value)")")
        }
        let number = Int(double)
        if let range, !range.contains(number) {
            throw ConfigError(field: field(key), message: "must be between \(range.lowerBound) and \(range.upperBound) (got \(number))")
        }
        return number
    }

    public func int(_ key: String, default fallback: Int, in range: ClosedRange<Int>? = nil) throws -> Int {
        try optionalInt(key, in: range) ?? fallback
    }

    public func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let value = value(key) else { return fallback }
        guard case .bool(let flag) = value else {
            throw ConfigError(field: field(key), message: "must be true or false, found \(value.typeName)")
        }
        return flag
    }

    /// A nested object, or nil when absent.
    public func object(_ key: String) throws -> ConfigReader? {
        guard let value = value(key) else { return nil }
        return try ConfigReader(value, path: field(key))
    }

    /// A nested object whose values are kept as strings (strategy parameters).
    public func stringMap(_ key: String) throws -> [String: String] {
        guard let value = value(key) else { return [:] }
        guard case .object(let fields) = value else {
            throw ConfigError(field: field(key), message: "must be an object, found \(value.typeName)")
        }
        var map: [String: String] = [:]
        for (name, item) in fields {
            switch item {
            case .string(let text): map[name] = text
            case .number(let number): map[name] = FixedDecimal(number).description
            case .bool(let flag): map[name] = String(flag)
            default: throw ConfigError(field: field(key) + "." + name, message: "must be a number, string or boolean")
            }
        }
        return map
    }

    /// Fails on any key that was never read, listing the valid ones.
    public func finish() throws {
        let unknown = fields.keys.filter { !read.contains($0) }.sorted()
        guard let first = unknown.first else { return }
        throw ConfigError(field: field(first), message: "unknown setting; valid keys here: \(read.sorted().joined(separator: ", "))")
    }
}
