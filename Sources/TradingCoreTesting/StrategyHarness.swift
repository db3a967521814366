/// A real engine on a simulated clock and the paper venue, with an in-memory journal and a
/// recording notifier: feed it candles or ticks, then look at orders, fills, trades and alerts.
///
/// ```swift
/// let harness = try StrategyHarness(strategy: MyStrategy(), instrument: .perpetual("BTCUSDT"))
/// try harness.run(CandleBuilder(instrument: harness.instrument.id).closes([100, 101, 99, 104]))
/// #expect(harness.trades.count == 1)
/// ```
public final class StrategyHarness {
    public let engine: TradingEngine
    public let venue: PaperVenue
    public let clock: SimulatedClock
    public let store: SQLiteTradeStore
    public let notifier = RecordingNotifier()
    public let instrument: Instrument

    public init(strategy: any Strategy, instrument: Instrument, capital: Money = 10_000,
                venue configuration: PaperVenueConfiguration = PaperVenueConfiguration(name: "TEST"),
                risk: RiskLimits = .none, bot: BotIdentity = BotIdentity(name: "test-bot"),
                start: Timestamp = Timestamp(year: 2024, month: 1, day: 1)) throws {
        self.instrument = instrument
        clock = SimulatedClock(start)
        venue = PaperVenue(configuration: configuration, instruments: [instrument], initialBalance: capital)
        store = try SQLiteTradeStore(inMemory: ())
        engine = TradingEngine(configuration: EngineConfiguration(bot: bot, initialCapital: capital, risk: risk, recordsHistory: true),
                               venue: venue, instruments: [instrument], clock: clock, store: store, notifier: notifier)
        engine.add(strategy)
        try engine.start()
    }

    /// Processes candles in order.
    public func run(_ candles: [Candle]) throws {
        for candle in candles { try engine.process(.candle(candle)) }
    }

    /// Processes any events in order.
    public func run(_ events: [Event]) throws {
        for event in events { try engine.process(event) }
    }

    /// Every order the journal holds, in creation order.
    public var orders: [Order] { (try? store.orders(bot: engine.configuration.bot.name)) ?? [] }
    /// Every fill the journal holds.
    public var fills: [Fill] { (try? store.fills(bot: engine.configuration.bot.name)) ?? [] }
    /// Closed round trips the journal holds.
    public var trades: [TradeRecord] { (try? store.trades(bot: engine.configuration.bot.name)) ?? [] }
    public var portfolio: Portfolio { engine.portfolio }
}
