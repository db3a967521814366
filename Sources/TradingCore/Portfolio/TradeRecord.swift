/// One closed round trip (flat → position → flat), as the journal's `trades` table holds it.
public struct TradeRecord: Sendable, Hashable, Codable {
    /// When the round trip closed.
    public var timestamp: Timestamp
    public var openedAt: Timestamp
    public var botName: String
    public var customerID: String
    public var exchange: String
    public var symbol: String
    public var side: PositionSide
    /// Volume-weighted entry over the round trip.
    public var entryPrice: Price
    /// Volume-weighted exit over the round trip.
    public var exitPrice: Price
    /// Total size entered (and exited).
    public var quantity: Quantity
    public var leverage: Int
    /// Net P&L: price moves, minus fees, plus funding.
    public var pnl: Money
    public var fees: Money
    public var funding: Money
    /// `closed`, or `liquidated`.
    public var status: String
    /// `signal`, `stop_loss`, `take_profit`, `liquidation`, `end_of_backtest`, `kill`…
    public var closeReason: String

    public init(timestamp: Timestamp, openedAt: Timestamp, botName: String, customerID: String, exchange: String,
                symbol: String, side: PositionSide, entryPrice: Price, exitPrice: Price, quantity: Quantity,
                leverage: Int, pnl: Money, fees: Money, funding: Money, status: String, closeReason: String) {
        self.timestamp = timestamp
        self.openedAt = openedAt
        self.botName = botName
        self.customerID = customerID
        self.exchange = exchange
        self.symbol = symbol
        self.side = side
        self.entryPrice = entryPrice
        self.exitPrice = exitPrice
        self.quantity = quantity
        self.leverage = leverage
        self.pnl = pnl
        self.fees = fees
        self.funding = funding
        self.status = status
        self.closeReason = closeReason
    }

    /// Net P&L as a fraction of the margin committed at entry (entry notional ÷ leverage).
    public var returnOnMargin: Double {
        let margin = (entryPrice * quantity).doubleValue / Double(leverage)
        return margin > 0 ? pnl.doubleValue / margin : 0
    }
}
