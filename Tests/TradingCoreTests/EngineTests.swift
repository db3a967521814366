import Testing
import TradingCore
import TradingCoreTesting

@Suite("Engine")
struct EngineTests {
    let builder = CandleBuilder(instrument: btc, timeframe: .h1)

    final class TimerStrategy: Strategy {
        var fired: [(String, Timestamp, Timestamp)] = []
        func onStart(_ context: StrategyContext) {
            context.setTimer("once", at: context.now + .seconds(5400))
            context.setTimer("hourly", every: .seconds(3600))
            context.setTimer("cancelled", at: context.now + .seconds(60))
            context.cancelTimer("cancelled")
        }
        func onTimer(_ timer: TimerEvent, _ context: StrategyContext) {
            fired.append((timer.name, timer.scheduledAt, context.now))
        }
    }

    @Test("timers fire in time order as simulated time passes, before the event that passes them")
    func timers() throws {
        let strategy = TimerStrategy()
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, start: builder.start)
        try harness.run(builder.flat([100, 100, 100])) // events at 01:00, 02:00, 03:00
        let start = builder.start
        #expect(strategy.fired.map(\.0) == ["hourly", "once", "hourly", "hourly"])
        #expect(strategy.fired.map(\.1) == [start + .seconds(3600), start + .seconds(5400), start + .seconds(7200), start + .seconds(10800)])
        #expect(strategy.fired.allSatisfy { $0.1 <= $0.2 })
    }

    @Test("a fill is journaled before the strategy hears of it")
    func journalBeforeCallback() throws {
        final class Checker: Strategy {
            var store: SQLiteTradeStore?
            var journaledAtCallback: [Bool] = []
            func onCandle(_ candle: Candle, _ context: StrategyContext) {
                if context.position(btc) == nil && context.openOrders().isEmpty { context.buy(1, of: btc) }
            }
            func onFill(_ fill: Fill, _ context: StrategyContext) {
                journaledAtCallback.append((try? store?.fills(bot: "test-bot").contains(fill)) == true)
            }
        }
        let checker = Checker()
        let harness = try StrategyHarness(strategy: checker, instrument: .testPerpetual)
        checker.store = harness.store
        try harness.run(builder.flat([100, 101]))
        #expect(checker.journaledAtCallback == [true])
    }

    final class FailingStore: TradeStore {
        var failWrites = false
        func open(_ bot: BotIdentity, initialCapital: Money, at time: Timestamp) throws -> JournalRecovery {
            JournalRecovery(isNew: true, initialCapital: initialCapital)
        }
        func write(_ batch: JournalBatch, for bot: BotIdentity) throws {
            if failWrites && !batch.fills.isEmpty { throw JournalError("disk full") }
        }
        func flush() throws {}
        func bots() throws -> [BotIdentity] { [] }
        func trades(bot: String?) throws -> [TradeRecord] { [] }
        func orders(bot: String) throws -> [Order] { [] }
        func fills(bot: String) throws -> [Fill] { [] }
        func equitySnapshots(bot: String) throws -> [EquitySnapshot] { [] }
        func riskState(bot: String) throws -> RiskState? { nil }
    }

    @Test("when the journal cannot record a fill, the engine halts and nobody acts on it")
    func journalFailureHalts() throws {
        let store = FailingStore()
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let venue = PaperVenue(configuration: testVenue(), instruments: [.testPerpetual], initialBalance: 1000)
        let notifier = RecordingNotifier()
        let engine = TradingEngine(configuration: EngineConfiguration(bot: BotIdentity(name: "b"), initialCapital: 1000),
                                   venue: venue, instruments: [.testPerpetual], clock: SimulatedClock(), store: store, notifier: notifier)
        engine.add(strategy)
        try engine.start()
        let candles = builder.flat([100, 100, 100])
        try engine.process(.candle(candles[0]))
        store.failWrites = true
        #expect(throws: EngineError.self) { try engine.process(.candle(candles[1])) }
        #expect(engine.state == .halted)
        #expect(strategy.fills.isEmpty)
        #expect(notifier.alerts.contains { $0.level == .critical })
        #expect(throws: EngineError.self) { try engine.process(.candle(candles[2])) }
    }

    @Test("orders that break the instrument's rules are refused with the rule")
    func validation() throws {
        let coarse = Instrument(id: btc, kind: .perpetual, baseAsset: "BTC", quoteAsset: "USDT", tickSize: dec("0.1"),
                                lotSize: dec("0.001"), minQuantity: dec("0.01"), maxLeverage: 20)
        let eth = InstrumentID("ETHUSDT", venue: "TEST")
        let strategy = ScriptStrategy()
            .at(0, submit: .limit(.buy, 1, at: dec("100.05"), of: btc))
            .at(0, submit: .market(.buy, dec("0.0015"), of: btc))
            .at(0, submit: .market(.buy, dec("0.005"), of: btc))
            .at(0, submit: .market(.buy, 1, of: eth))
            .at(0, submit: .market(.sell, 1, of: btc, reduceOnly: true))
        let harness = try StrategyHarness(strategy: strategy, instrument: coarse)
        try harness.run(builder.flat([100]))
        let reasons = strategy.placed.map { $0.reason ?? "" }
        #expect(strategy.placed.allSatisfy { $0.status == .rejected })
        #expect(reasons[0].contains("not a multiple of the tick size 0.1"))
        #expect(reasons[1].contains("not a multiple of the lot size 0.001"))
        #expect(reasons[2].contains("below the minimum 0.01"))
        #expect(reasons[3].contains("unknown instrument ETHUSDT.TEST"))
        #expect(reasons[4].contains("no long position"))
        #expect(harness.orders.count == 5) // refused orders are journaled too
    }

    @Test("an order placed from inside onFill is handled after the callback returns")
    func orderFromFillCallback() throws {
        final class Flipper: Strategy {
            var fills = 0
            func onCandle(_ candle: Candle, _ context: StrategyContext) {
                if fills == 0 && context.openOrders().isEmpty { context.buy(1, of: btc) }
            }
            func onFill(_ fill: Fill, _ context: StrategyContext) {
                fills += 1
                if fills == 1 { context.submit(.limit(.sell, 1, at: 110, of: btc, reduceOnly: true)) }
            }
        }
        let harness = try StrategyHarness(strategy: Flipper(), instrument: .testPerpetual)
        try harness.run(builder.closes([100, 100, 105, 111]))
        #expect(harness.fills.map(\.price) == [100, 110])
        #expect(harness.portfolio.positions.isEmpty)
    }

    @Test("a scripted venue lets a test decide the venue's answers")
    func scriptedVenue() throws {
        let venue = ScriptedVenue()
        let strategy = ScriptStrategy().at(0, submit: .limit(.buy, 2, at: 99, of: btc))
        let engine = TradingEngine(configuration: EngineConfiguration(bot: BotIdentity(name: "s"), initialCapital: 1000),
                                   venue: venue, instruments: [.testPerpetual], clock: SimulatedClock())
        engine.add(strategy)
        try engine.start()
        try engine.process(.candle(builder.flat([100])[0]))
        let order = try #require(venue.submitted.first)
        try engine.process(venue.fill(order.id, side: .buy, quantity: 1, price: 99, instrument: btc, at: builder.start + .seconds(4000)))
        #expect(engine.order(order.id)?.status == .partiallyFilled)
        #expect(engine.portfolio.position(btc)?.quantity == 1)
        try engine.process(.execution(.unknown(order.id, reason: "post timed out", at: builder.start + .seconds(4001))))
        #expect(engine.order(order.id)?.status == .unknown)
        #expect(engine.openOrders.count == 1) // unknown is still open: never resent, never forgotten
    }

    @Test("the async run loop processes a feed to its end")
    func asyncRun() async throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual)
        try await harness.engine.run(InMemoryFeed(candles: builder.flat([100, 102, 104])))
        #expect(harness.fills.count == 1)
        #expect(harness.portfolio.equity == dec("10001.949")) // filled at 102 (fee 0.051), marked at 104: 10000 − 0.051 + 2
    }
}
