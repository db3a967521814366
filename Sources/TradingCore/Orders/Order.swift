/// An order as the engine tracks it: the request, its status and what has filled.
public struct Order: Sendable, Hashable, Identifiable {
    public var id: ClientOrderID
    /// The venue's own id, once it has answered.
    public var venueOrderID: String?
    public var instrument: InstrumentID
    public var side: OrderSide
    public var type: OrderType
    public var quantity: OrderQuantity
    public var timeInForce: TimeInForce
    public var reduceOnly: Bool
    public var tag: String?
    public var status: OrderStatus
    public var filledQuantity: Quantity
    /// Volume-weighted price of the fills so far.
    public var averageFillPrice: Price?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    /// Why it was rejected or canceled.
    public var reason: String?

    public init(id: ClientOrderID, request: OrderRequest, status: OrderStatus = .submitted, createdAt: Timestamp) {
        self.id = id
        self.venueOrderID = nil
        self.instrument = request.instrument
        self.side = request.side
        self.type = request.type
        self.quantity = request.quantity
        self.timeInForce = request.timeInForce
        self.reduceOnly = request.reduceOnly
        self.tag = request.tag
        self.status = status
        self.filledQuantity = 0
        self.averageFillPrice = nil
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.reason = nil
    }

    /// The requested base size; nil for an equity-fraction order not yet filled.
    public var baseQuantity: Quantity? { quantity.base }

    /// The size still to fill; nil while an equity-fraction order is unresolved.
    public var remainingQuantity: Quantity? { baseQuantity.map { $0 - filledQuantity } }

    /// Records a fill: the filled size, the average price and the status.
    public mutating func apply(_ fill: Fill) {
        let previousNotional = (averageFillPrice ?? 0) * filledQuantity
        filledQuantity += fill.quantity
        averageFillPrice = (previousNotional + fill.price * fill.quantity) / filledQuantity
        if case .equityFraction = quantity {
            quantity = .base(filledQuantity) // resolved at its (single) fill
        }
        status = (remainingQuantity ?? 0) > 0 ? .partiallyFilled : .filled
        updatedAt = fill.timestamp
    }
}
