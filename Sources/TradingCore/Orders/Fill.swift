/// Whether a fill added liquidity (maker) or took it (taker); fees differ.
public enum Liquidity: String, Sendable, Hashable, Codable {
    case maker
    case taker
}

/// An execution: part or all of an order traded at one price.
public struct Fill: Sendable, Hashable {
    public var orderID: ClientOrderID
    /// Unique per fill (the venue's trade id, or the paper venue's sequence).
    public var tradeID: String
    public var instrument: InstrumentID
    public var side: OrderSide
    public var price: Price
    public var quantity: Quantity
    /// Fee paid in the settlement currency (negative for a maker rebate).
    public var fee: Money
    public var liquidity: Liquidity
    public var timestamp: Timestamp
    /// A forced close by the venue's liquidation engine.
    public var isLiquidation: Bool

    public init(orderID: ClientOrderID, tradeID: String, instrument: InstrumentID, side: OrderSide,
                price: Price, quantity: Quantity, fee: Money, liquidity: Liquidity,
                timestamp: Timestamp, isLiquidation: Bool = false) {
        self.orderID = orderID
        self.tradeID = tradeID
        self.instrument = instrument
        self.side = side
        self.price = price
        self.quantity = quantity
        self.fee = fee
        self.liquidity = liquidity
        self.timestamp = timestamp
        self.isLiquidation = isLiquidation
    }

    /// Price × quantity.
    public var notional: Money { price * quantity }
}
