/// What a strategy asks for: the engine checks it against risk, journals it, then sends it.
public struct OrderRequest: Sendable, Hashable {
    public var instrument: InstrumentID
    public var side: OrderSide
    public var type: OrderType
    public var quantity: OrderQuantity
    public var timeInForce: TimeInForce
    /// Only reduces an existing position; never opens or flips one.
    public var reduceOnly: Bool
    /// Assigned by the engine when nil.
    public var clientOrderID: ClientOrderID?
    /// Free text kept with the order in the journal (a signal name, `stop_loss`).
    public var tag: String?

    public init(instrument: InstrumentID, side: OrderSide, type: OrderType, quantity: OrderQuantity,
                timeInForce: TimeInForce = .gtc, reduceOnly: Bool = false,
                clientOrderID: ClientOrderID? = nil, tag: String? = nil) {
        self.instrument = instrument
        self.side = side
        self.type = type
        self.quantity = quantity
        self.timeInForce = timeInForce
        self.reduceOnly = reduceOnly
        self.clientOrderID = clientOrderID
        self.tag = tag
    }

    /// A market order.
    public static func market(_ side: OrderSide, _ quantity: Quantity, of instrument: InstrumentID,
                              reduceOnly: Bool = false, tag: String? = nil) -> OrderRequest {
        OrderRequest(instrument: instrument, side: side, type: .market, quantity: .base(quantity), reduceOnly: reduceOnly, tag: tag)
    }

    /// A limit order.
    public static func limit(_ side: OrderSide, _ quantity: Quantity, at price: Price, of instrument: InstrumentID,
                             timeInForce: TimeInForce = .gtc, reduceOnly: Bool = false, tag: String? = nil) -> OrderRequest {
        OrderRequest(instrument: instrument, side: side, type: .limit(price), quantity: .base(quantity),
                     timeInForce: timeInForce, reduceOnly: reduceOnly, tag: tag)
    }

    /// A stop-loss trigger order (market when triggered unless `limit` is given).
    public static func stopLoss(_ side: OrderSide, _ quantity: Quantity, trigger: Price, limit: Price? = nil,
                                of instrument: InstrumentID, reduceOnly: Bool = true, tag: String? = nil) -> OrderRequest {
        OrderRequest(instrument: instrument, side: side, type: .trigger(.stopLoss, trigger: trigger, limit: limit),
                     quantity: .base(quantity), reduceOnly: reduceOnly, tag: tag)
    }

    /// A take-profit trigger order (market when triggered unless `limit` is given).
    public static func takeProfit(_ side: OrderSide, _ quantity: Quantity, trigger: Price, limit: Price? = nil,
                                  of instrument: InstrumentID, reduceOnly: Bool = true, tag: String? = nil) -> OrderRequest {
        OrderRequest(instrument: instrument, side: side, type: .trigger(.takeProfit, trigger: trigger, limit: limit),
                     quantity: .base(quantity), reduceOnly: reduceOnly, tag: tag)
    }
}
