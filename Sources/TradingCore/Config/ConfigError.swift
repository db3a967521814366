/// A configuration problem, naming the field (`risk.stop_loss_pct`) and how to fix it.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    /// The file, when read from one.
    public var file: String?
    /// Dotted path of the field (`strategy.params.fast`); empty for the document itself.
    public var field: String
    public var message: String

    public init(file: String? = nil, field: String, message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    public var description: String {
        let location = [file, field.isEmpty ? nil : field].compactMap { $0 }.joined(separator: ": ")
        return location.isEmpty ? message : "\(location): \(message)"
    }
}
