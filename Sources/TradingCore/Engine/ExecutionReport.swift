/// What a venue says about one of our orders or our account.
public enum ExecutionReport: Sendable, Hashable {
    /// The order is live on the venue (resting, or dormant for a trigger order).
    case accepted(ClientOrderID, venueOrderID: String?, at: Timestamp)
    /// A trigger order's trigger was reached.
    case triggered(ClientOrderID, at: Timestamp)
    case rejected(ClientOrderID, reason: String, at: Timestamp)
    case canceled(ClientOrderID, reason: String?, at: Timestamp)
    /// A cancel request was refused (the order had already filled or gone); the order is unchanged.
    case cancelRejected(ClientOrderID, reason: String, at: Timestamp)
    case filled(Fill)
    /// The venue did not answer in time: the order may be live. Never resent blindly.
    case unknown(ClientOrderID, reason: String, at: Timestamp)
    /// A funding payment booked on a perpetual position (positive: received).
    case funding(InstrumentID, amount: Money, rate: FixedDecimal, at: Timestamp)

    /// When the venue reported it.
    public var timestamp: Timestamp {
        switch self {
        case .accepted(_, _, let time), .triggered(_, let time), .rejected(_, _, let time),
             .canceled(_, _, let time), .cancelRejected(_, _, let time), .unknown(_, _, let time), .funding(_, _, _, let time):
            return time
        case .filled(let fill):
            return fill.timestamp
        }
    }
}
