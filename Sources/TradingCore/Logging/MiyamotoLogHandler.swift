#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
public import Logging
import Synchronization

/// A swift-log handler writing the house format:
/// `[YYYY-MM-DD HH:MM:SS] [LEVEL] [COMPONENT] Message`.
///
/// Levels are INFO, WARN, ERROR, TRADE and RECOVERY (and DEBUG when enabled). TRADE and
/// RECOVERY are `notice` messages tagged with the metadata key `miyamoto.kind`; use
/// `logger.trade(_:)` and `logger.recovery(_:)`. The component is the logger's label. The time
/// comes from the injected clock, so a backtest logs its simulated time.
public struct MiyamotoLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let clock: any Clock
    private let output: LogOutput

    /// - Parameters:
    ///   - label: the component name shown in brackets.
    ///   - level: the lowest level written.
    ///   - clock: the time source for the timestamp.
    ///   - output: where lines go (standard error by default).
    public init(label: String, level: Logger.Level = .info, clock: any Clock = LiveClock(), output: LogOutput = .standardError) {
        self.label = label
        self.logLevel = level
        self.clock = clock
        self.output = output
    }

    /// Bootstraps swift-log so every `Logger` in the process writes this format.
    public static func bootstrap(level: Logger.Level = .info, clock: any Clock = LiveClock(), output: LogOutput = .standardError) {
        LoggingSystem.bootstrap { label in
            MiyamotoLogHandler(label: label, level: level, clock: clock, output: output)
        }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let kind = event.metadata?["miyamoto.kind"] ?? metadata["miyamoto.kind"]
        output.write(Self.format(time: clock.now, level: event.level, kind: kind.map { "\($0)" }, component: label,
                                 message: "\(event.message)"))
    }

    /// One formatted line (without the newline).
    public static func format(time: Timestamp, level: Logger.Level, kind: String?, component: String, message: String) -> String {
        "[\(time.logText)] [\(kind ?? name(of: level))] [\(component)] \(message)"
    }

    /// The house name of a swift-log level.
    public static func name(of level: Logger.Level) -> String {
        switch level {
        case .trace, .debug: return "DEBUG"
        case .info, .notice: return "INFO"
        case .warning: return "WARN"
        case .error, .critical: return "ERROR"
        }
    }
}

/// Where log lines are written. Each line is written with one call, so lines from several
/// threads never interleave mid-line.
public final class LogOutput: Sendable {
    private let lock = Mutex(())
    private let writeLine: @Sendable (String) -> Void

    /// Writes each line through `write` (which receives the line without its newline).
    public init(_ write: @escaping @Sendable (String) -> Void) {
        writeLine = write
    }

    public static let standardError = LogOutput.fileDescriptor(2)
    public static let standardOutput = LogOutput.fileDescriptor(1)

    /// Writes each line, newline included, with one `write(2)` to `descriptor`.
    public static func fileDescriptor(_ descriptor: Int32) -> LogOutput {
        LogOutput { line in
            var text = line + "\n"
            text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written <= 0 { return }
                    offset += written
                }
            }
        }
    }

    func write(_ line: String) {
        lock.withLock { _ in writeLine(line) }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

extension Logger {
    /// A TRADE line: an order filled, a position closed.
    public func trade(_ message: @autoclosure () -> Logger.Message) {
        notice(message(), metadata: ["miyamoto.kind": "TRADE"])
    }

    /// A RECOVERY line: state restored after a restart, a reconnect, a resume.
    public func recovery(_ message: @autoclosure () -> Logger.Message) {
        notice(message(), metadata: ["miyamoto.kind": "RECOVERY"])
    }
}
