/// A reference price published by an oracle (a Chainlink round, a Data Streams report,
/// Polymarket's crypto price stream), tagged with its source so a strategy can compare spot
/// against whichever price settles its market.
public struct OraclePrice: Sendable, Hashable {
    /// The priced pair, e.g. `BTC/USD`.
    public var feed: String
    /// Where the price comes from, e.g. `chainlink-ethereum`, `chainlink-data-streams`.
    public var source: String
    public var price: Price
    /// When the oracle observed or published the price.
    public var publishedAt: Timestamp
    /// When this process received it.
    public var receivedAt: Timestamp
    /// The oracle's round or report id, when it has one.
    public var round: String?

    public init(feed: String, source: String, price: Price, publishedAt: Timestamp, receivedAt: Timestamp, round: String? = nil) {
        self.feed = feed
        self.source = source
        self.price = price
        self.publishedAt = publishedAt
        self.receivedAt = receivedAt
        self.round = round
    }
}
