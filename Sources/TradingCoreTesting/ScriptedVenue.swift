/// A venue that does nothing by itself: it records what the engine sends, and the test decides
/// what the venue answers (accept, reject, fill, cancel, time out), so a strategy's reaction to
/// each answer can be tested exactly. For realistic matching use `PaperVenue`.
public final class ScriptedVenue: ExecutionVenue {
    public let name: String
    /// Orders submitted, in order.
    public private(set) var submitted: [Order] = []
    /// Cancel requests, in order.
    public private(set) var cancelRequests: [ClientOrderID] = []
    /// Whether `submit` answers `accepted` at once.
    public var acceptsAutomatically: Bool
    private var leverages: [InstrumentID: Int] = [:]
    private var fillSequence = 0

    public init(name: String = "TEST", acceptsAutomatically: Bool = true) {
        self.name = name
        self.acceptsAutomatically = acceptsAutomatically
    }

    public func leverage(for instrument: InstrumentID) -> Int { leverages[instrument] ?? 1 }

    public func setLeverage(_ leverage: Int, for instrument: InstrumentID) throws { leverages[instrument] = leverage }

    public func submit(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport]) {
        submitted.append(order)
        if acceptsAutomatically { reports.append(.accepted(order.id, venueOrderID: "V\(submitted.count)", at: time)) }
    }

    public func cancel(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport]) {
        cancelRequests.append(order.id)
    }

    /// A fill report for `order` as the venue would send it.
    public func fill(_ order: ClientOrderID, side: OrderSide, quantity: Quantity, price: Price, fee: Money = 0,
                     liquidity: Liquidity = .taker, instrument: InstrumentID, at time: Timestamp) -> Event {
        fillSequence += 1
        return .execution(.filled(Fill(orderID: order, tradeID: "\(name)-T\(fillSequence)", instrument: instrument, side: side,
                                       price: price, quantity: quantity, fee: fee, liquidity: liquidity, timestamp: time)))
    }
}
