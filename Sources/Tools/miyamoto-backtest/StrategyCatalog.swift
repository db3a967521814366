import SMACross
import TradingCore

/// The strategies `--strategy` can name, and how each reads its `--param`s.
enum StrategyCatalog {
    struct Entry: Sendable {
        var name: String
        var summary: String
        var parameters: String
        var make: @Sendable (InstrumentID, [String: String], _ longOnly: Bool) throws -> (any Strategy, String)
    }

    static let entries: [Entry] = [
        Entry(name: "sma-cross",
              summary: "long on a fast/slow SMA cross above, short on a cross below (long-only: flat)",
              parameters: "fast=20 slow=50 long_only=false") { instrument, values, longOnly in
            var parameters = try SMACross.Parameters(values)
            parameters.longOnly = parameters.longOnly || longOnly
            let text = "fast=\(parameters.fast) slow=\(parameters.slow)" + (parameters.longOnly ? " long-only" : "")
            return (SMACross(instrument: instrument, parameters: parameters), text)
        },
    ]

    static var names: [String] { entries.map(\.name) }

    static func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    static var help: String {
        entries.map { "\($0.name): \($0.summary); parameters \($0.parameters)" }.joined(separator: "\n")
    }
}
