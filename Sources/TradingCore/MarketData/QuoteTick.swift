/// The best bid and offer with their sizes (Binance bookTicker, an L1 book update).
public struct QuoteTick: Sendable, Hashable {
    public var instrument: InstrumentID
    public var bid: Price
    public var bidSize: Quantity
    public var ask: Price
    public var askSize: Quantity
    public var timestamp: Timestamp

    public init(instrument: InstrumentID, bid: Price, bidSize: Quantity, ask: Price, askSize: Quantity, timestamp: Timestamp) {
        self.instrument = instrument
        self.bid = bid
        self.bidSize = bidSize
        self.ask = ask
        self.askSize = askSize
        self.timestamp = timestamp
    }

    /// The midpoint of bid and ask.
    public var mid: Price { (bid + ask) / 2 }
}
