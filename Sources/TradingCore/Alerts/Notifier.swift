/// How urgent an alert is. Telegram and other notifiers route and coalesce by level.
public enum AlertLevel: String, Sendable, Hashable, Codable, Comparable {
    case info
    case warning
    case critical

    public static func < (lhs: AlertLevel, rhs: AlertLevel) -> Bool {
        let order: [AlertLevel] = [.info, .warning, .critical]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// Something a person watching the bot should know: a risk trigger, a pause, a restart.
public struct Alert: Sendable, Hashable {
    public var level: AlertLevel
    public var bot: String
    public var title: String
    public var message: String
    public var time: Timestamp

    public init(level: AlertLevel, bot: String, title: String, message: String, time: Timestamp) {
        self.level = level
        self.bot = bot
        self.title = title
        self.message = message
        self.time = time
    }
}

/// Where alerts go (Telegram, a log, a test's recorder). Called on the engine's thread, so an
/// implementation must return at once and do its network I/O elsewhere.
public protocol Notifier: Sendable {
    func notify(_ alert: Alert)
}

/// Sends every alert to several notifiers.
public struct NotifierGroup: Notifier {
    public var notifiers: [any Notifier]

    public init(_ notifiers: [any Notifier]) { self.notifiers = notifiers }

    public func notify(_ alert: Alert) {
        for notifier in notifiers { notifier.notify(alert) }
    }
}
