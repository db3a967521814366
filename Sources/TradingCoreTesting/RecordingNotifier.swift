import Synchronization

/// A notifier that keeps every alert, for assertions.
public final class RecordingNotifier: Notifier {
    private let storage = Mutex<[Alert]>([])

    public init() {}

    public func notify(_ alert: Alert) {
        storage.withLock { $0.append(alert) }
    }

    /// Every alert so far, oldest first.
    public var alerts: [Alert] { storage.withLock { $0 } }
}
