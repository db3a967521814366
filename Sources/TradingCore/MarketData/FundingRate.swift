/// A perpetual's funding rate applied at `timestamp`: positive rates make longs pay shorts
/// `|size| × mark × rate`; negative rates the reverse.
public struct FundingRate: Sendable, Hashable {
    public var instrument: InstrumentID
    /// The rate for this funding interval (0.0001 = 0.01%).
    public var rate: FixedDecimal
    /// The mark price the payment is computed at; the engine's last price when nil.
    public var markPrice: Price?
    public var timestamp: Timestamp

    public init(instrument: InstrumentID, rate: FixedDecimal, markPrice: Price? = nil, timestamp: Timestamp) {
        self.instrument = instrument
        self.rate = rate
        self.markPrice = markPrice
        self.timestamp = timestamp
    }
}
