/// Where an order is in its life.
public enum OrderStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Journaled and sent; the venue has not answered.
    case submitted
    /// Resting on the venue (or dormant, for a trigger order).
    case accepted
    /// A trigger order whose trigger was reached; now working as a market or limit order.
    case triggered
    case partiallyFilled = "partially_filled"
    case filled
    case canceled
    /// Refused by risk, by validation, or by the venue; `Order.reason` says why.
    case rejected
    /// The post timed out: it may or may not be live. Settled by the venue's user stream or a
    /// status query, never by sending it again.
    case unknown

    /// Whether the order can still fill.
    public var isOpen: Bool {
        switch self {
        case .submitted, .accepted, .triggered, .partiallyFilled, .unknown: return true
        case .filled, .canceled, .rejected: return false
        }
    }
}
