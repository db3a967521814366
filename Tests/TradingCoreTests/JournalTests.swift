import GRDB
import Testing
import TradingCore
import TradingCoreTesting

@Suite("SQLite journal")
struct JournalTests {
    let builder = CandleBuilder(instrument: btc, timeframe: .h1)
    let bot = BotIdentity(name: "journal-bot", customerID: "acme")

    @Test("a file journal is in WAL mode with the versioned schema")
    func walAndSchema() throws {
        let path = temporaryDirectory() + "/journal.sqlite"
        let store = try SQLiteTradeStore(path: path)
        let (mode, tables, migrations) = try store.database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        }
        #expect(mode == "wal")
        #expect(tables == ["bots", "equity", "fills", "funding_payments", "grdb_migrations", "orders", "risk_state", "trades"])
        #expect(migrations == ["v1"])
    }

    @Test("the trades table has the roadmap's columns")
    func tradesColumns() throws {
        let store = try SQLiteTradeStore(inMemory: ())
        let columns = try store.database.read { db in try db.columns(in: "trades").map(\.name) }
        for column in ["timestamp", "bot_name", "customer_id", "exchange", "symbol", "side", "entry_price", "exit_price",
                       "quantity", "leverage", "pnl", "status", "close_reason"] {
            #expect(columns.contains(column), "trades.\(column)")
        }
    }

    @Test("orders, fills and trades read back exactly as written")
    func roundTrip() throws {
        let store = try SQLiteTradeStore(inMemory: ())
        _ = try store.open(bot, initialCapital: 1000, at: Timestamp(seconds: 0))
        var order = Order(id: "o-1", request: .stopLoss(.sell, dec("0.0025"), trigger: dec("16.90"), limit: dec("16.85"), of: btc, tag: "stop_loss"),
                          createdAt: Timestamp(milliseconds: 1_700_000_000_123))
        order.venueOrderID = "V-9"
        let fill = Fill(orderID: "o-1", tradeID: "T-1", instrument: btc, side: .sell, price: dec("16.9"), quantity: dec("0.0025"),
                        fee: dec("0.000021125"), liquidity: .taker, timestamp: Timestamp(milliseconds: 1_700_000_000_500))
        order.apply(fill)
        let trade = TradeRecord(timestamp: fill.timestamp, openedAt: Timestamp(seconds: 1), botName: bot.name, customerID: bot.customerID,
                                exchange: "TEST", symbol: "BTCUSDT", side: .long, entryPrice: dec("17.1"), exitPrice: dec("16.9"),
                                quantity: dec("0.0025"), leverage: 3, pnl: dec("-0.000521125"), fees: dec("0.000021125"), funding: 0,
                                status: "closed", closeReason: "stop_loss")
        var batch = JournalBatch()
        batch.orders = [order]
        batch.fills = [(fill, 3)]
        batch.trades = [trade]
        try store.write(batch, for: bot)
        #expect(try store.orders(bot: bot.name) == [order])
        #expect(try store.fills(bot: bot.name) == [fill])
        #expect(try store.trades(bot: bot.name) == [trade])
    }

    @Test("a grouped journal commits every N writes and on flush; readers see only what was committed")
    func groupedDurability() throws {
        let path = temporaryDirectory() + "/journal.sqlite"
        let writer = try SQLiteTradeStore(path: path, durability: .grouped(maxWrites: 3))
        _ = try writer.open(bot, initialCapital: 1000, at: Timestamp(seconds: 0))
        let reader = try SQLiteTradeStore(path: path)
        func write(_ index: Int) throws {
            var batch = JournalBatch()
            batch.orders = [Order(id: ClientOrderID("o-\(index)"), request: .market(.buy, 1, of: btc), createdAt: Timestamp(seconds: Int64(index)))]
            try writer.write(batch, for: bot)
        }
        try write(1)
        try write(2)
        #expect(try reader.orders(bot: bot.name).isEmpty)
        try write(3)
        #expect(try reader.orders(bot: bot.name).count == 3)
        try write(4)
        try writer.flush()
        #expect(try reader.orders(bot: bot.name).count == 4)
    }

    @Test("a journal written by a newer schema is refused, not misread")
    func newerSchemaRefused() throws {
        let path = temporaryDirectory() + "/journal.sqlite"
        do {
            let store = try SQLiteTradeStore(path: path)
            try store.database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
        }
        #expect { try SQLiteTradeStore(path: path) } throws: { error in
            "\(error)".contains("newer version")
        }
    }

    @Test("a restart recovers positions, cash, open orders and the order-id sequence from the journal")
    func recovery() throws {
        let path = temporaryDirectory() + "/journal.sqlite"
        func engine(_ strategy: any Strategy) throws -> TradingEngine {
            let venue = PaperVenue(configuration: testVenue(), instruments: [.testPerpetual], initialBalance: 10_000)
            let engine = TradingEngine(configuration: EngineConfiguration(bot: bot, initialCapital: 10_000), venue: venue,
                                       instruments: [.testPerpetual], clock: SimulatedClock(builder.start),
                                       store: try SQLiteTradeStore(path: path))
            engine.add(strategy)
            try engine.start()
            return engine
        }
        let before: Portfolio
        do {
            let first = try engine(ScriptStrategy()
                .at(0, submit: .market(.buy, 3, of: btc))
                .at(1, submit: .limit(.sell, 1, at: 150, of: btc)))
            for candle in builder.flat([100, 100, 100]) { try first.process(.candle(candle)) }
            before = first.portfolio
            try first.stop(reason: "restart test")
        }
        let strategy = ScriptStrategy().at(0, submit: .market(.sell, 1, of: btc))
        let second = try engine(strategy)
        #expect(second.portfolio.positions == before.positions)
        #expect(second.portfolio.balance == before.balance)
        #expect(second.openOrders.map(\.type) == [.limit(150)])
        // The resting limit is still working on the paper venue, and new ids continue the sequence.
        try second.process(.candle(builder.candle(3, open: 100, high: 151, low: 100, close: 150)))
        #expect(strategy.placed.first?.id == "journal-bot-3")
        #expect(second.portfolio.position(btc)?.quantity == 2)
    }
}
