#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A secret value (API key, private key). It never prints: `description`, `debugDescription`
/// and reflection show `<redacted>`, so a log line or a dump cannot leak it.
public struct Secret: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    public init(_ value: String) { self.value = value }

    /// The secret itself, for the one place that needs it (a signer, an auth header).
    public func reveal() -> String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "Secret(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

/// Where a secret comes from: an environment variable or a file readable only by its owner.
public enum SecretReference: Sendable, Hashable, CustomStringConvertible {
    case environment(String)
    case file(String)

    public var description: String {
        switch self {
        case .environment(let name): return "environment variable \(name)"
        case .file(let path): return "file \(path)"
        }
    }

    /// Reads the secret; errors say which variable or file and how to fix it.
    public func load(environment: [String: String]? = nil) throws -> Secret {
        switch self {
        case .environment(let name):
            guard let value = (environment ?? ProcessInfo.processInfo.environment)[name], !value.isEmpty else {
                throw ConfigError(field: "secrets", message: "environment variable \(name) is not set; export it before starting the bot")
            }
            return Secret(value)
        case .file(let path):
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw ConfigError(field: "secrets", message: "cannot read secret file \(path): \(String(cString: strerror(errno)))")
            }
            guard info.st_mode & 0o077 == 0 else {
                throw ConfigError(field: "secrets", message: "secret file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
            }
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                throw ConfigError(field: "secrets", message: "secret file \(path) is empty")
            }
            return Secret(text)
        }
    }

    static func parseAll(_ reader: ConfigReader) throws -> [String: SecretReference] {
        var result: [String: SecretReference] = [:]
        for key in reader.keys {
            guard let entry = try reader.object(key) else { continue }
            let environment = try entry.optionalString("env")
            let file = try entry.optionalString("file")
            try entry.finish()
            switch (environment, file) {
            case (let name?, nil): result[key] = .environment(name)
            case (nil, let path?): result[key] = .file(path)
            default:
                throw ConfigError(field: entry.path, message: "give exactly one of {\"env\": \"VARIABLE\"} or {\"file\": \"/path/with/mode/0600\"}; secret values never go in the config")
            }
        }
        return result
    }
}
