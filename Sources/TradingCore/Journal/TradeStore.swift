/// Which bot (and whose) a journal's records belong to; one journal may hold many bots.
public struct BotIdentity: Sendable, Hashable, Codable {
    public var name: String
    public var customerID: String

    public init(name: String, customerID: String = "default") {
        self.name = name
        self.customerID = customerID
    }
}

/// The account marked to market at one moment.
public struct EquitySnapshot: Sendable, Hashable, Codable {
    public var timestamp: Timestamp
    public var equity: Money
    public var balance: Money
    public var unrealizedPnL: Money
    public var marginUsed: Money

    public init(timestamp: Timestamp, equity: Money, balance: Money, unrealizedPnL: Money, marginUsed: Money) {
        self.timestamp = timestamp
        self.equity = equity
        self.balance = balance
        self.unrealizedPnL = unrealizedPnL
        self.marginUsed = marginUsed
    }
}

/// A funding payment booked on a perpetual position (positive: received).
public struct FundingPayment: Sendable, Hashable {
    public var instrument: InstrumentID
    public var amount: Money
    public var rate: FixedDecimal
    public var timestamp: Timestamp

    public init(instrument: InstrumentID, amount: Money, rate: FixedDecimal, timestamp: Timestamp) {
        self.instrument = instrument
        self.amount = amount
        self.rate = rate
        self.timestamp = timestamp
    }
}

/// Records the engine commits together, in one transaction, before it acts on any of them.
public struct JournalBatch: Sendable {
    /// Orders inserted or updated (by id).
    public var orders: [Order] = []
    /// Fills with the leverage their position had (needed to replay the account).
    public var fills: [(fill: Fill, leverage: Int)] = []
    public var funding: [FundingPayment] = []
    public var trades: [TradeRecord] = []
    public var riskState: RiskState?
    public var equity: [EquitySnapshot] = []

    public init() {}

    public var isEmpty: Bool {
        orders.isEmpty && fills.isEmpty && funding.isEmpty && trades.isEmpty && riskState == nil && equity.isEmpty
    }

    public mutating func removeAll() {
        orders.removeAll(keepingCapacity: true)
        fills.removeAll(keepingCapacity: true)
        funding.removeAll(keepingCapacity: true)
        trades.removeAll(keepingCapacity: true)
        riskState = nil
        equity.removeAll(keepingCapacity: true)
    }
}

/// What a journal holds about a bot, read back at start so a restart continues consistently.
public struct JournalRecovery: Sendable {
    /// True when the bot was registered by this `open` (nothing to recover).
    public var isNew: Bool
    public var initialCapital: Money
    /// Fills and funding in the order they happened: replayed, they rebuild the account.
    public var ledger: [JournalLedgerEntry]
    /// Orders that were still open.
    public var openOrders: [Order]
    public var riskState: RiskState?
    /// How many orders the bot has journaled (client order ids continue after it).
    public var orderCount: Int

    public init(isNew: Bool, initialCapital: Money, ledger: [JournalLedgerEntry] = [], openOrders: [Order] = [],
                riskState: RiskState? = nil, orderCount: Int = 0) {
        self.isNew = isNew
        self.initialCapital = initialCapital
        self.ledger = ledger
        self.openOrders = openOrders
        self.riskState = riskState
        self.orderCount = orderCount
    }
}

/// The journal: every order, fill, closed trade, funding payment, risk state and equity
/// snapshot, written before the engine acts further. SQLite is the embedded default.
public protocol TradeStore: AnyObject {
    /// Registers `bot` on its first run, or reads back what the journal holds for it.
    func open(_ bot: BotIdentity, initialCapital: Money, at time: Timestamp) throws -> JournalRecovery
    /// Writes `batch` atomically.
    func write(_ batch: JournalBatch, for bot: BotIdentity) throws
    /// Commits whatever a grouped durability mode still holds.
    func flush() throws

    /// Every bot the journal holds, in the order they were registered.
    func bots() throws -> [BotIdentity]
    /// Closed round trips, oldest first (every bot's when `bot` is nil).
    func trades(bot: String?) throws -> [TradeRecord]
    /// Every order of `bot`, in creation order.
    func orders(bot: String) throws -> [Order]
    /// Every fill of `bot`, in order.
    func fills(bot: String) throws -> [Fill]
    func equitySnapshots(bot: String) throws -> [EquitySnapshot]
    func riskState(bot: String) throws -> RiskState?
}

/// A journal failure. The engine stops rather than act on something it could not record.
public struct JournalError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
