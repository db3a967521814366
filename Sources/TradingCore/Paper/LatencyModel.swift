/// How long an order takes to reach the simulated venue; it cannot fill before then.
public protocol LatencyModel: Sendable {
    func delay(for order: Order) -> Duration
}

/// The same delay for every order (zero: it can fill at the next price).
public struct FixedLatency: LatencyModel {
    public var delay: Duration

    public init(_ delay: Duration = .zero) { self.delay = delay }

    public func delay(for order: Order) -> Duration { delay }
}
