/// Long, short or flat.
public enum PositionSide: String, Sendable, Hashable, Codable {
    case long
    case short
    case flat
}

/// An open position in one instrument, and the round trip it belongs to.
///
/// The quantity is signed (positive long, negative short). Adding at a new price moves the
/// average entry; reducing realises P&L against it and leaves it unchanged.
public struct Position: Sendable, Hashable {
    public let instrument: InstrumentID
    /// Signed size: positive long, negative short.
    public internal(set) var quantity: Quantity
    /// Average entry price of the open size.
    public internal(set) var entryPrice: Price
    public internal(set) var leverage: Int
    public internal(set) var openedAt: Timestamp
    /// P&L realised by price moves on the part already closed (before fees and funding).
    public internal(set) var realizedPnL: Money
    /// Fees paid in this round trip.
    public internal(set) var fees: Money
    /// Funding received (positive) or paid (negative) in this round trip.
    public internal(set) var funding: Money
    // Totals over the round trip, for its record.
    var enteredQuantity: Quantity
    var exitedQuantity: Quantity
    /// Volume-weighted price of the exits so far (exact when there is one).
    var exitPrice: Price
    /// The side of the round trip (kept once the quantity is back to zero).
    var tripSide: PositionSide
    /// The last price the portfolio marked this position at.
    public internal(set) var markPrice: Price
    /// P&L of the open size at `markPrice`.
    public internal(set) var unrealized: Money

    init(instrument: InstrumentID, leverage: Int, openedAt: Timestamp) {
        self.instrument = instrument
        self.quantity = 0
        self.entryPrice = 0
        self.leverage = leverage
        self.openedAt = openedAt
        self.realizedPnL = 0
        self.fees = 0
        self.funding = 0
        self.enteredQuantity = 0
        self.exitedQuantity = 0
        self.exitPrice = 0
        self.tripSide = .flat
        self.markPrice = 0
        self.unrealized = 0
    }

    mutating func mark(at price: Price) {
        markPrice = price
        unrealized = quantity * (price - entryPrice)
    }

    public var side: PositionSide { quantity.isZero ? .flat : (quantity.isPositive ? .long : .short) }
    /// The unsigned size.
    public var size: Quantity { quantity.magnitude }

    /// P&L of the open size if closed at `mark`.
    @inlinable public func unrealizedPnL(at mark: Price) -> Money { quantity * (mark - entryPrice) }

    /// |size| × mark.
    public func notional(at mark: Price) -> Money { size * mark }

    /// Margin held for the open size: entry notional ÷ leverage (isolated margin).
    public var margin: Money { (size * entryPrice) / FixedDecimal(leverage) }

    /// The price at which isolated margin falls to the maintenance margin, for a perpetual:
    /// long `entry × (1 − 1/L) ÷ (1 − m)`, short `entry × (1 + 1/L) ÷ (1 + m)`, with leverage L
    /// and maintenance rate m. Nil when flat, or for a long at 1× (it cannot be liquidated).
    public func liquidationPrice(maintenanceMarginRate m: FixedDecimal) -> Price? {
        let inverseLeverage = FixedDecimal.one / FixedDecimal(leverage)
        switch side {
        case .flat:
            return nil
        case .long:
            let price = entryPrice * (1 - inverseLeverage) / (1 - m)
            return price > 0 ? price : nil
        case .short:
            return entryPrice * (1 + inverseLeverage) / (1 + m)
        }
    }
}
