import Testing
import TradingCore
import TradingCoreTesting

/// Each of the seven risk layers triggering, and a pause surviving a restart.
@Suite("Risk layers")
struct RiskLayerTests {
    let builder = CandleBuilder(instrument: btc, timeframe: .h1)

    func harness(_ strategy: ScriptStrategy, risk: RiskLimits, instruments: [Instrument] = [.testPerpetual]) throws -> StrategyHarness {
        let harness = try StrategyHarness(strategy: strategy, instrument: instruments[0], venue: testVenue(), risk: risk)
        for extra in instruments.dropFirst() {
            harness.engine.register(extra)
            harness.venue.list(extra)
        }
        return harness
    }

    /// Round trips at the given (entry, exit) prices, one per two candles, 1 unit each.
    func roundTrips(_ prices: [(Price, Price)]) -> (ScriptStrategy, [Candle]) {
        var strategy = ScriptStrategy()
        var rows: [Price] = [100]
        for (index, trip) in prices.enumerated() {
            strategy = strategy.at(2 * index, submit: .market(.buy, 1, of: btc))
                .at(2 * index + 1, submit: .market(.sell, 1, of: btc, reduceOnly: true))
            rows.append(trip.0)
            rows.append(trip.1)
        }
        return (strategy, builder.flat(rows))
    }

    @Test("1 position size: an order committing more than the allowed share of equity is refused and pauses the bot")
    func positionSize() throws {
        // 3% of 10,000 = 300 of margin: 2 × 100 passes, 4 × 100 does not.
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 2, of: btc)).at(1, submit: .market(.buy, 4, of: btc))
        let harness = try harness(strategy, risk: RiskLimits(positionSizePercent: 3))
        try harness.run(builder.flat([100, 100, 100]))
        #expect(strategy.placed.map(\.status) == [.submitted, .rejected])
        #expect(strategy.placed[1].reason?.hasPrefix("position_size:") == true)
        #expect(harness.engine.risk.state.paused)
        #expect(harness.notifier.alerts.contains { $0.level == .critical && $0.title.contains("position_size") })
    }

    @Test("2 stop-loss: a protective stop is placed at the distance from entry and closes the trade without pausing")
    func stopLoss() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let harness = try harness(strategy, risk: RiskLimits(stopLossPercent: 3))
        try harness.run(builder.ohlc([(100, 100, 100, 100), (100, 100, 100, 100), (99, 100, 95, 96)]))
        let stop = try #require(harness.orders.first { $0.tag == "stop_loss" })
        #expect(stop.type == .trigger(.stopLoss, trigger: 97, limit: nil)) // 100 × (1 − 3%)
        #expect(stop.reduceOnly)
        #expect(harness.fills.last?.price == 97)
        #expect(harness.trades.first?.closeReason == "stop_loss")
        #expect(!harness.engine.risk.state.paused)
    }

    @Test("3 take-profit: a protective target closes the trade, and the stop is canceled with it")
    func takeProfit() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let harness = try harness(strategy, risk: RiskLimits(stopLossPercent: 3, takeProfitPercent: 6))
        try harness.run(builder.ohlc([(100, 100, 100, 100), (100, 100, 100, 100), (101, 107, 100, 105)]))
        #expect(harness.fills.last?.price == 106) // 100 × (1 + 6%)
        #expect(harness.trades.first?.closeReason == "take_profit")
        #expect(harness.orders.first { $0.tag == "stop_loss" }?.status == .canceled)
        #expect(harness.engine.openOrders.isEmpty)
    }

    @Test("4 max concurrent positions: opening one more instrument than allowed is refused and pauses")
    func maxConcurrent() throws {
        let eth = Instrument.perpetual("ETHUSDT", venue: "TEST")
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .limit(.buy, 1, at: 50, of: eth.id))
        let harness = try harness(strategy, risk: RiskLimits(maxConcurrentPositions: 1), instruments: [.testPerpetual, eth])
        try harness.run(builder.flat([100, 100, 100]))
        #expect(strategy.placed[1].status == .rejected)
        #expect(strategy.placed[1].reason?.hasPrefix("max_concurrent_positions:") == true)
        #expect(harness.engine.risk.state.paused)
    }

    @Test("5 daily loss limit: the trade that takes today's loss to the limit pauses the bot")
    func dailyLoss() throws {
        // Losses of 60 and 50 (before fees) in one day: the second crosses the 100 limit.
        let (strategy, candles) = roundTrips([(1000, 940), (1000, 950), (1000, 1010)])
        let harness = try harness(strategy, risk: RiskLimits(dailyLossLimit: 100))
        try harness.run(candles)
        #expect(harness.trades.count == 2) // the third entry was refused: paused
        #expect(harness.engine.risk.state.paused)
        #expect(harness.engine.risk.state.pauseReason?.hasPrefix("daily_loss_limit:") == true)
        #expect(strategy.placed[4].reason?.hasPrefix("paused:") == true)
    }

    @Test("5 daily loss limit: a new UTC day starts from zero")
    func dailyLossResets() {
        var manager = RiskManager(limits: RiskLimits(dailyLossLimit: 100))
        func trade(day: Int, pnl: Money) -> TradeRecord {
            TradeRecord(timestamp: Timestamp(year: 2024, month: 1, day: day, hour: 12), openedAt: Timestamp(year: 2024, month: 1, day: day),
                        botName: "b", customerID: "c", exchange: "TEST", symbol: "BTCUSDT", side: .long, entryPrice: 1,
                        exitPrice: 1, quantity: 1, leverage: 1, pnl: pnl, fees: 0, funding: 0, status: "closed", closeReason: "signal")
        }
        manager.record(trade(day: 1, pnl: -90))
        #expect(manager.state.dayLoss(on: Timestamp(year: 2024, month: 1, day: 1).utcDay) == 90)
        manager.record(trade(day: 2, pnl: -20))
        #expect(manager.state.dayRealizedPnL == -20)
    }

    @Test("6 consecutive losses: the third losing trade in a row pauses the bot")
    func consecutiveLosses() throws {
        let (strategy, candles) = roundTrips([(100, 99), (100, 101), (100, 99), (100, 99), (100, 98), (100, 105)])
        let harness = try harness(strategy, risk: RiskLimits(maxConsecutiveLosses: 3))
        try harness.run(candles)
        // Loss, win (resets), loss, loss, loss → paused; the sixth entry is refused.
        #expect(harness.trades.count == 5)
        #expect(harness.engine.risk.state.pauseReason?.hasPrefix("consecutive_losses:") == true)
    }

    @Test("7 drawdown: equity 15% below its peak stops the bot for review and cancels entry orders")
    func drawdown() throws {
        let strategy = ScriptStrategy()
            .at(0, submit: OrderRequest(instrument: btc, side: .buy, type: .market, quantity: .equityFraction(1)))
            .at(1, submit: .limit(.buy, 1, at: 50, of: btc))
        let harness = try harness(strategy, risk: RiskLimits(maxDrawdownPercent: 15))
        // All in at 100, then 110 (peak), then 93: (110 − 93) ÷ 110 ≈ 15.5% below the peak.
        try harness.run(builder.flat([100, 100, 110, 93]))
        #expect(harness.engine.risk.state.paused)
        #expect(harness.engine.risk.state.pauseReason?.hasPrefix("max_drawdown:") == true)
        #expect(harness.orders.first { $0.type == .limit(50) }?.status == .canceled)
        #expect(harness.portfolio.position(btc) != nil) // exits stay the strategy's (or a person's) call
    }

    @Test("a pause survives a restart: a new engine on the same SQLite file is still paused until resumed")
    func pauseSurvivesRestart() throws {
        let path = temporaryDirectory() + "/journal.sqlite"
        let bot = BotIdentity(name: "restart-bot")
        func engine(_ strategy: any Strategy) throws -> TradingEngine {
            let venue = PaperVenue(configuration: testVenue(), instruments: [.testPerpetual], initialBalance: 10_000)
            let engine = TradingEngine(configuration: EngineConfiguration(bot: bot, initialCapital: 10_000, risk: RiskLimits(positionSizePercent: 3)),
                                       venue: venue, instruments: [.testPerpetual], clock: SimulatedClock(builder.start),
                                       store: try SQLiteTradeStore(path: path))
            engine.add(strategy)
            try engine.start()
            return engine
        }
        do {
            let first = try engine(ScriptStrategy().at(0, submit: .market(.buy, 40, of: btc)))
            try first.process(.candle(builder.flat([100])[0]))
            #expect(first.risk.state.paused)
            try first.stop(reason: "test restart")
        }
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let second = try engine(strategy)
        #expect(second.risk.state.paused)
        #expect(second.risk.state.pauseReason?.hasPrefix("position_size:") == true)
        try second.process(.candle(builder.candle(1, open: 100, high: 100, low: 100, close: 100)))
        #expect(strategy.placed.first?.status == .rejected)
        try second.resume(by: "test")
        #expect(!second.risk.state.paused)
        #expect(try SQLiteTradeStore(path: path).riskState(bot: bot.name)?.paused == false)
    }
}
