import Testing
import TradingCore
import TradingCoreTesting

/// Fee, funding, margin and liquidation arithmetic, worked by hand in the comments.
@Suite("Fees, funding, margin and liquidation")
struct MarginFundingTests {
    let builder = CandleBuilder(instrument: btc, timeframe: .h1)

    @Test("funding: a long pays size × mark × rate to shorts when the rate is positive")
    func fundingLongPays() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 2, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, venue: testVenue())
        try harness.run(builder.flat([100, 100]))
        // 2 × 100 × 0.0001 = 0.02 paid.
        try harness.engine.process(.funding(FundingRate(instrument: btc, rate: dec("0.0001"), markPrice: 100,
                                                        timestamp: builder.start + .seconds(7200))))
        #expect(harness.portfolio.funding == dec("-0.02"))
        // Balance: 10000 − entry fee 0.1 (2 × 100 × 0.0005) − 0.02.
        #expect(harness.portfolio.balance == dec("9999.88"))
    }

    @Test("funding: a short receives when the rate is positive and pays when negative")
    func fundingShort() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.sell, 1, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, venue: testVenue())
        try harness.run(builder.flat([200, 200]))
        try harness.engine.process(.funding(FundingRate(instrument: btc, rate: dec("0.0003"), timestamp: builder.start + .seconds(7200))))
        try harness.engine.process(.funding(FundingRate(instrument: btc, rate: dec("-0.0001"), timestamp: builder.start + .seconds(10800))))
        // +1 × 200 × 0.0003 = +0.06, then −1 × 200 × 0.0001 = −0.02: net +0.04.
        #expect(harness.portfolio.funding == dec("0.04"))
    }

    @Test("a funding schedule charges every interval boundary crossed, and the trade carries it")
    func fundingSchedule() throws {
        // Long 1 from 00:00 at 100; 8h funding at 0.01%: boundaries 08:00 and 16:00 inside 24 hourly candles
        // (00:00 is before the fill; the close fills at 23:00), each 1 × 100 × 0.0001 = 0.01 paid.
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc)).at(22, submit: .market(.sell, 1, of: btc, reduceOnly: true))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual,
                                          venue: testVenue(funding: FundingSchedule(rate: dec("0.0001"), every: .hours(8))))
        try harness.run(builder.flat(Array(repeating: 100, count: 25)))
        #expect(harness.portfolio.funding == dec("-0.02"))
        let trade = try #require(harness.trades.first)
        #expect(trade.funding == dec("-0.02"))
        #expect(trade.pnl == dec("-0.12")) // 0 price P&L − fees 0.05 + 0.05 − funding 0.02
    }

    @Test("the liquidation price follows the isolated-margin formula")
    func liquidationPrice() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, venue: testVenue(leverage: 10))
        try harness.run(builder.flat([100, 100]))
        let position = try #require(harness.portfolio.position(btc))
        // long: 100 × (1 − 1/10) ÷ (1 − 0.005) = 90 ÷ 0.995 = 90.452261306532…
        #expect(position.liquidationPrice(maintenanceMarginRate: dec("0.005")) == dec("90.452261306533"))
        #expect(position.margin == 10)
    }

    @Test("a long reaching its liquidation price is closed there, losing its margin less the maintenance")
    func liquidation() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, venue: testVenue(leverage: 10))
        // Candle 2: 100 → 101 (nearer) → 85 → 88 crosses 90.452261306533.
        try harness.run(builder.ohlc([(100, 100, 100, 100), (100, 100, 100, 100), (100, 101, 85, 88)]))
        let exit = try #require(harness.fills.last)
        #expect(exit.isLiquidation)
        #expect(exit.price == dec("90.452261306533"))
        let trade = try #require(harness.trades.first)
        #expect(trade.status == "liquidated")
        #expect(trade.closeReason == "liquidation")
        // Price P&L −9.547738693467, fees 0.05 + 0.0452261306532665 → 0.045226130653.
        #expect(trade.pnl == dec("-9.642964824120"))
        #expect(harness.notifier.alerts.contains { $0.level == .critical && $0.title == "Liquidation" })
    }

    @Test("an opening order needing more margin than is free is rejected")
    func insufficientMargin() throws {
        // Capital 1000 at 2× leverage: 25 × 100 needs 1250 margin.
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 25, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, capital: 1000, venue: testVenue(leverage: 2))
        try harness.run(builder.flat([100, 100]))
        #expect(harness.fills.isEmpty)
        let order = try #require(harness.orders.first)
        #expect(order.status == .rejected)
        #expect(order.reason?.contains("insufficient margin") == true)
    }

    @Test("partial fills on sized trade ticks: a resting limit fills what each print allows")
    func partialFillsOnTrades() throws {
        let strategy = ScriptStrategy().at(0, submit: .limit(.buy, 3, at: 100, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, venue: testVenue())
        try harness.run(builder.flat([101]))
        let start = builder.start + .seconds(3600)
        let ticks: [(Price, Quantity)] = [(dec("100.5"), 5), (dec("99.5"), 1), (99, dec("1.5")), (98, 5)]
        for (index, tick) in ticks.enumerated() {
            try harness.engine.process(.trade(TradeTick(instrument: btc, price: tick.0, size: tick.1,
                                                        timestamp: start + .seconds(Int64(index + 1)))))
        }
        #expect(harness.fills.map(\.quantity) == [1, dec("1.5"), dec("0.5")])
        #expect(harness.fills.allSatisfy { $0.price == 100 && $0.liquidity == .maker })
        #expect(harness.orders.first?.status == .filled)
    }

    @Test("a market order against quotes buys at the ask, up to its size")
    func quotes() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.buy, 2, of: btc))
        let harness = try StrategyHarness(strategy: strategy, instrument: .testPerpetual, venue: testVenue())
        try harness.run(builder.flat([100]))
        let start = builder.start + .seconds(3600)
        try harness.engine.process(.quote(QuoteTick(instrument: btc, bid: 99, bidSize: 10, ask: 101, askSize: dec("0.5"), timestamp: start + .seconds(1))))
        try harness.engine.process(.quote(QuoteTick(instrument: btc, bid: 100, bidSize: 10, ask: 102, askSize: 10, timestamp: start + .seconds(2))))
        #expect(harness.fills.map(\.price) == [101, 102])
        #expect(harness.fills.map(\.quantity) == [dec("0.5"), dec("1.5")])
    }
}
