public import GRDB

/// When the journal's writes become durable.
public enum JournalDurability: Sendable, Hashable {
    /// Each write is its own transaction, synced to disk (`synchronous=FULL`): for paper and
    /// live trading, where a record must survive a crash before the engine acts on it.
    case everyWrite
    /// Writes are grouped into one transaction committed every `maxWrites` writes and on
    /// `flush`: for backtests, where speed matters and a crash only loses the uncommitted tail.
    /// Whatever was committed survives a `kill -9` intact (SQLite's WAL guarantees it).
    case grouped(maxWrites: Int)
}

/// The embedded journal: SQLite in WAL mode through GRDB, one file shared by any number of
/// bots, readable by other processes while a bot writes.
public final class SQLiteTradeStore: TradeStore {
    /// The GRDB connection, for custom queries (`try store.database.read { db in ... }`).
    public let database: any DatabaseWriter
    public let durability: JournalDurability
    private var uncommittedWrites = 0

    /// Opens (creating if needed) the journal at `path`, migrating it to the current schema.
    public init(path: String, durability: JournalDurability = .everyWrite) throws {
        self.durability = durability
        var configuration = Self.configuration(durability)
        configuration.label = "miyamoto.journal"
        do {
            database = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw JournalError("cannot open the journal at \(path): \(error)")
        }
        try Self.migrate(database, path: path)
    }

    /// Opens the journal at `path` for reading only, without taking the write lock: for tools
    /// and dashboards reading a journal a running bot is writing.
    public init(readingFrom path: String) throws {
        durability = .everyWrite
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        do {
            database = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw JournalError("cannot open the journal at \(path) for reading: \(error)")
        }
        let superseded = try database.read { try SQLiteSchema.migrator.hasBeenSuperseded($0) }
        if superseded {
            throw JournalError("the journal at \(path) was written by a newer version of Miyamoto; upgrade to read it")
        }
    }

    /// A journal in memory, for tests and throwaway runs.
    public init(inMemory: Void = (), durability: JournalDurability = .everyWrite) throws {
        self.durability = durability
        database = try DatabaseQueue(configuration: Self.configuration(durability))
        try Self.migrate(database, path: ":memory:")
    }

    private static func configuration(_ durability: JournalDurability) -> Configuration {
        var configuration = Configuration()
        let synchronous = durability == .everyWrite ? "FULL" : "NORMAL"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        configuration.busyMode = .timeout(5)
        // Grouped durability keeps one transaction open across writes.
        configuration.allowsUnsafeTransactions = durability != .everyWrite
        return configuration
    }

    private static func migrate(_ database: any DatabaseWriter, path: String) throws {
        let migrator = SQLiteSchema.migrator
        let superseded = try database.read { try migrator.hasBeenSuperseded($0) }
        if superseded {
            throw JournalError("the journal at \(path) was written by a newer version of Miyamoto; upgrade to open it")
        }
        try migrator.migrate(database)
    }

    deinit {
        try? flush()
    }

    // MARK: Writing

    public func open(_ bot: BotIdentity, initialCapital: Money, at time: Timestamp) throws -> JournalRecovery {
        try flush()
        return try database.writeWithoutTransaction { db in
            var recovery: JournalRecovery!
            try db.inTransaction(.immediate) {
                if let row = try Row.fetchOne(db, sql: "SELECT initial_capital FROM bots WHERE name = ?", arguments: [bot.name]) {
                    recovery = try Self.recover(db, bot: bot.name, initialCapital: try Self.decimal(row, "initial_capital"))
                } else {
                    try db.execute(sql: """
                        INSERT INTO bots (name, customer_id, initial_capital, created_at, created_ns) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [bot.name, bot.customerID, initialCapital.description, time.iso8601, time.nanoseconds])
                    recovery = JournalRecovery(isNew: true, initialCapital: initialCapital)
                }
                return .commit
            }
            return recovery
        }
    }

    public func write(_ batch: JournalBatch, for bot: BotIdentity) throws {
        guard !batch.isEmpty else { return }
        try database.writeWithoutTransaction { db in
            switch durability {
            case .everyWrite:
                try db.inTransaction(.immediate) {
                    try Self.insert(batch, bot: bot, db)
                    return .commit
                }
            case .grouped(let maxWrites):
                if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
                try Self.insert(batch, bot: bot, db)
                uncommittedWrites += 1
                if uncommittedWrites >= maxWrites {
                    try db.commit()
                    uncommittedWrites = 0
                }
            }
        }
    }

    public func flush() throws {
        try database.writeWithoutTransaction { db in
            if db.isInsideTransaction { try db.commit() }
            uncommittedWrites = 0
        }
    }

    private static func insert(_ batch: JournalBatch, bot: BotIdentity, _ db: Database) throws {
        for order in batch.orders {
            try db.cachedStatement(sql: """
                INSERT INTO orders (bot_name, id, venue_order_id, exchange, symbol, side, type, quantity, equity_fraction,
                    limit_price, trigger_price, time_in_force, reduce_only, tag, status, filled_quantity, average_fill_price,
                    reason, created_at, created_ns, updated_at, updated_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (bot_name, id) DO UPDATE SET
                    venue_order_id = excluded.venue_order_id, quantity = excluded.quantity, status = excluded.status,
                    filled_quantity = excluded.filled_quantity, average_fill_price = excluded.average_fill_price,
                    reason = excluded.reason, updated_at = excluded.updated_at, updated_ns = excluded.updated_ns
                """).execute(arguments: orderArguments(order, bot: bot))
        }
        for (fill, leverage) in batch.fills {
            try db.cachedStatement(sql: """
                INSERT INTO fills (bot_name, order_id, trade_id, exchange, symbol, side, price, quantity, fee, liquidity,
                    leverage, is_liquidation, timestamp, time_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    bot.name, fill.orderID.value, fill.tradeID, fill.instrument.venue, fill.instrument.symbol,
                    fill.side.rawValue, fill.price.description, fill.quantity.description, fill.fee.description,
                    fill.liquidity.rawValue, leverage, fill.isLiquidation, fill.timestamp.iso8601, fill.timestamp.nanoseconds,
                ])
        }
        for payment in batch.funding {
            try db.cachedStatement(sql: """
                INSERT INTO funding_payments (bot_name, exchange, symbol, amount, rate, timestamp, time_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    bot.name, payment.instrument.venue, payment.instrument.symbol, payment.amount.description,
                    payment.rate.description, payment.timestamp.iso8601, payment.timestamp.nanoseconds,
                ])
        }
        for trade in batch.trades {
            try db.cachedStatement(sql: """
                INSERT INTO trades (timestamp, bot_name, customer_id, exchange, symbol, side, entry_price, exit_price,
                    quantity, leverage, pnl, status, close_reason, opened_at, fees, funding, time_ns, opened_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    trade.timestamp.iso8601, trade.botName, trade.customerID, trade.exchange, trade.symbol,
                    trade.side.rawValue, trade.entryPrice.description, trade.exitPrice.description,
                    trade.quantity.description, trade.leverage, trade.pnl.description, trade.status, trade.closeReason,
                    trade.openedAt.iso8601, trade.fees.description, trade.funding.description,
                    trade.timestamp.nanoseconds, trade.openedAt.nanoseconds,
                ])
        }
        if let state = batch.riskState {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO risk_state (bot_name, trading_day, day_realized_pnl, loss_streak, peak_equity,
                    paused, pause_reason, paused_at, paused_ns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    bot.name, state.tradingDay, state.dayRealizedPnL.description, state.lossStreak,
                    state.peakEquity.description, state.paused, state.pauseReason, state.pausedAt?.iso8601,
                    state.pausedAt?.nanoseconds,
                ])
        }
        for snapshot in batch.equity {
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO equity (bot_name, time_ns, timestamp, equity, balance, unrealized_pnl, margin_used)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    bot.name, snapshot.timestamp.nanoseconds, snapshot.timestamp.iso8601, snapshot.equity.description,
                    snapshot.balance.description, snapshot.unrealizedPnL.description, snapshot.marginUsed.description,
                ])
        }
    }

    private static func orderArguments(_ order: Order, bot: BotIdentity) -> StatementArguments {
        var quantity: String?
        var fraction: String?
        switch order.quantity {
        case .base(let value): quantity = value.description
        case .equityFraction(let value): fraction = value.description
        }
        return [
            bot.name, order.id.value, order.venueOrderID, order.instrument.venue, order.instrument.symbol,
            order.side.rawValue, order.type.name, quantity, fraction, order.type.limitPrice?.description,
            order.type.triggerPrice?.description, order.timeInForce.rawValue, order.reduceOnly, order.tag,
            order.status.rawValue, order.filledQuantity.description, order.averageFillPrice?.description,
            order.reason, order.createdAt.iso8601, order.createdAt.nanoseconds, order.updatedAt.iso8601,
            order.updatedAt.nanoseconds,
        ]
    }

    // MARK: Reading

    private static func recover(_ db: Database, bot: String, initialCapital: Money) throws -> JournalRecovery {
        var ledger: [(Int64, Int, JournalLedgerEntry)] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM fills WHERE bot_name = ? ORDER BY seq", arguments: [bot]) {
            ledger.append((row["time_ns"], 1, .fill(try fill(row), leverage: row["leverage"])))
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM funding_payments WHERE bot_name = ? ORDER BY seq", arguments: [bot]) {
            let instrument = InstrumentID(row["symbol"], venue: row["exchange"])
            let time = Timestamp(nanoseconds: row["time_ns"])
            ledger.append((row["time_ns"], 0, .funding(instrument, amount: try decimal(row, "amount"), at: time)))
        }
        // Time order; at the same instant funding (booked on the position held) before fills.
        let ordered = ledger.enumerated().sorted {
            ($0.element.0, $0.element.1, $0.offset) < ($1.element.0, $1.element.1, $1.offset)
        }.map(\.element.2)
        let open = OrderStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let openOrders = try Row.fetchAll(db, sql: """
            SELECT * FROM orders WHERE bot_name = ? AND status IN (\(open)) ORDER BY created_ns, rowid
            """, arguments: [bot]).map(order)
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM orders WHERE bot_name = ?", arguments: [bot]) ?? 0
        return JournalRecovery(isNew: false, initialCapital: initialCapital, ledger: ordered, openOrders: openOrders,
                               riskState: try riskState(db, bot: bot), orderCount: count)
    }

    public func bots() throws -> [BotIdentity] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, customer_id FROM bots ORDER BY created_ns, rowid").map {
                BotIdentity(name: $0["name"], customerID: $0["customer_id"])
            }
        }
    }

    public func trades(bot: String? = nil) throws -> [TradeRecord] {
        try database.read { db in
            let rows = if let bot {
                try Row.fetchAll(db, sql: "SELECT * FROM trades WHERE bot_name = ? ORDER BY time_ns, id", arguments: [bot])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM trades ORDER BY time_ns, id")
            }
            return try rows.map(Self.trade)
        }
    }

    public func orders(bot: String) throws -> [Order] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM orders WHERE bot_name = ? ORDER BY created_ns, rowid", arguments: [bot])
                .map(Self.order)
        }
    }

    public func fills(bot: String) throws -> [Fill] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM fills WHERE bot_name = ? ORDER BY seq", arguments: [bot]).map(Self.fill)
        }
    }

    public func equitySnapshots(bot: String) throws -> [EquitySnapshot] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM equity WHERE bot_name = ? ORDER BY time_ns", arguments: [bot]).map { row in
                EquitySnapshot(timestamp: Timestamp(nanoseconds: row["time_ns"]), equity: try Self.decimal(row, "equity"),
                               balance: try Self.decimal(row, "balance"),
                               unrealizedPnL: try Self.decimal(row, "unrealized_pnl"),
                               marginUsed: try Self.decimal(row, "margin_used"))
            }
        }
    }

    public func riskState(bot: String) throws -> RiskState? {
        try database.read { try Self.riskState($0, bot: bot) }
    }

    private static func riskState(_ db: Database, bot: String) throws -> RiskState? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM risk_state WHERE bot_name = ?", arguments: [bot]) else {
            return nil
        }
        let pausedNs: Int64? = row["paused_ns"]
        return RiskState(tradingDay: row["trading_day"], dayRealizedPnL: try decimal(row, "day_realized_pnl"),
                         lossStreak: row["loss_streak"], peakEquity: try decimal(row, "peak_equity"),
                         paused: row["paused"], pauseReason: row["pause_reason"],
                         pausedAt: pausedNs.map(Timestamp.init(nanoseconds:)))
    }

    // MARK: Row decoding

    private static func decimal(_ row: Row, _ column: String) throws -> FixedDecimal {
        let text: String = row[column]
        guard let value = FixedDecimal(text) else {
            throw JournalError("journal column \(column) holds '\(text)', which is not a decimal")
        }
        return value
    }

    private static func optionalDecimal(_ row: Row, _ column: String) throws -> FixedDecimal? {
        guard let _: String = row[column] else { return nil }
        return try decimal(row, column)
    }

    private static func enumValue<T: RawRepresentable>(_ row: Row, _ column: String) throws -> T where T.RawValue == String {
        let text: String = row[column]
        guard let value = T(rawValue: text) else {
            throw JournalError("journal column \(column) holds '\(text)', which is not a known \(T.self)")
        }
        return value
    }

    private static func fill(_ row: Row) throws -> Fill {
        Fill(orderID: ClientOrderID(row["order_id"]), tradeID: row["trade_id"],
             instrument: InstrumentID(row["symbol"], venue: row["exchange"]), side: try enumValue(row, "side"),
             price: try decimal(row, "price"), quantity: try decimal(row, "quantity"), fee: try decimal(row, "fee"),
             liquidity: try enumValue(row, "liquidity"), timestamp: Timestamp(nanoseconds: row["time_ns"]),
             isLiquidation: row["is_liquidation"])
    }

    private static func order(_ row: Row) throws -> Order {
        let typeName: String = row["type"]
        let type: OrderType
        switch typeName {
        case "market": type = .market
        case "limit": type = .limit(try decimal(row, "limit_price"))
        default:
            let kind: TriggerKind = try enumValue(row, "type")
            type = .trigger(kind, trigger: try decimal(row, "trigger_price"), limit: try optionalDecimal(row, "limit_price"))
        }
        let quantity: OrderQuantity = if let fraction = try optionalDecimal(row, "equity_fraction") {
            .equityFraction(fraction)
        } else {
            .base(try decimal(row, "quantity"))
        }
        let request = OrderRequest(instrument: InstrumentID(row["symbol"], venue: row["exchange"]),
                                   side: try enumValue(row, "side"), type: type, quantity: quantity,
                                   timeInForce: try enumValue(row, "time_in_force"), reduceOnly: row["reduce_only"],
                                   tag: row["tag"])
        var order = Order(id: ClientOrderID(row["id"]), request: request, status: try enumValue(row, "status"),
                          createdAt: Timestamp(nanoseconds: row["created_ns"]))
        order.venueOrderID = row["venue_order_id"]
        order.filledQuantity = try decimal(row, "filled_quantity")
        order.averageFillPrice = try optionalDecimal(row, "average_fill_price")
        order.updatedAt = Timestamp(nanoseconds: row["updated_ns"])
        order.reason = row["reason"]
        return order
    }

    private static func trade(_ row: Row) throws -> TradeRecord {
        TradeRecord(timestamp: Timestamp(nanoseconds: row["time_ns"]), openedAt: Timestamp(nanoseconds: row["opened_ns"]),
                    botName: row["bot_name"], customerID: row["customer_id"], exchange: row["exchange"],
                    symbol: row["symbol"], side: try enumValue(row, "side"), entryPrice: try decimal(row, "entry_price"),
                    exitPrice: try decimal(row, "exit_price"), quantity: try decimal(row, "quantity"),
                    leverage: row["leverage"], pnl: try decimal(row, "pnl"), fees: try decimal(row, "fees"),
                    funding: try decimal(row, "funding"), status: row["status"], closeReason: row["close_reason"])
    }
}
