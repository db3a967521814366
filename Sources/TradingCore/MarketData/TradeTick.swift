/// One trade printed on a venue: its price, size and the side of the aggressor.
public struct TradeTick: Sendable, Hashable {
    public var instrument: InstrumentID
    public var price: Price
    public var size: Quantity
    /// The taker's side: `.buy` means a buyer lifted the offer.
    public var aggressor: OrderSide?
    public var timestamp: Timestamp
    public var tradeID: String?

    public init(instrument: InstrumentID, price: Price, size: Quantity, aggressor: OrderSide? = nil,
                timestamp: Timestamp, tradeID: String? = nil) {
        self.instrument = instrument
        self.price = price
        self.size = size
        self.aggressor = aggressor
        self.timestamp = timestamp
        self.tradeID = tradeID
    }
}
