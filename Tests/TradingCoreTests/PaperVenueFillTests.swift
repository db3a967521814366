import Testing
import TradingCore
import TradingCoreTesting

/// Each order type's fill rule on hand-computed candles. Fees: maker 2 bps, taker 5 bps.
/// A candle's path is open → nearer extreme → farther extreme → close.
@Suite("Paper venue: fill rules")
struct PaperVenueFillTests {
    let builder = CandleBuilder(instrument: btc, timeframe: .h1)

    func run(_ strategy: ScriptStrategy, _ rows: [(Price, Price, Price, Price)], venue: PaperVenueConfiguration = testVenue(),
             instrument: Instrument = .testPerpetual, capital: Money = 10_000) throws -> StrategyHarness {
        let harness = try StrategyHarness(strategy: strategy, instrument: instrument, capital: capital, venue: venue)
        try harness.run(builder.ohlc(rows))
        return harness
    }

    @Test("a market order fills at the next candle's open, as taker")
    func marketAtNextOpen() throws {
        let harness = try run(ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc)), [(100, 101, 99, 100), (102, 105, 101, 104)])
        let fill = try #require(harness.fills.first)
        #expect(fill.price == 102)
        #expect(fill.quantity == 1)
        #expect(fill.liquidity == .taker)
        #expect(fill.fee == dec("0.051")) // 102 × 1 × 0.0005
        #expect(fill.timestamp == builder.start + .seconds(3600))
    }

    @Test("a resting buy limit fills at its limit when the low reaches it, as maker")
    func restingLimit() throws {
        // Candle 1: open 100, high 101 (nearer), low 97, close 99: the move 101 → 97 crosses 98.
        let harness = try run(ScriptStrategy().at(0, submit: .limit(.buy, 2, at: 98, of: btc)),
                              [(100, 101, 99, 100), (100, 101, 97, 99)])
        let fill = try #require(harness.fills.first)
        #expect(fill.price == 98)
        #expect(fill.liquidity == .maker)
        #expect(fill.fee == dec("0.0392")) // 98 × 2 × 0.0002
    }

    @Test("a limit the low does not reach stays open")
    func limitNotReached() throws {
        let harness = try run(ScriptStrategy().at(0, submit: .limit(.buy, 1, at: 98, of: btc)),
                              [(100, 101, 99, 100), (100, 101, dec("98.5"), 99)])
        #expect(harness.fills.isEmpty)
        #expect(harness.engine.openOrders.count == 1)
    }

    @Test("a marketable limit fills on arrival at the open, as taker, at the better price")
    func marketableLimit() throws {
        let harness = try run(ScriptStrategy().at(0, submit: .limit(.buy, 1, at: 103, of: btc)), [(100, 101, 99, 100), (102, 105, 101, 104)])
        let fill = try #require(harness.fills.first)
        #expect(fill.price == 102)
        #expect(fill.liquidity == .taker)
    }

    @Test("a post-only order that would take is rejected")
    func postOnlyRejected() throws {
        let strategy = ScriptStrategy().at(0, submit: .limit(.buy, 1, at: 103, of: btc, timeInForce: .postOnly))
        let harness = try run(strategy, [(100, 101, 99, 100), (102, 105, 101, 104)])
        #expect(harness.fills.isEmpty)
        let order = try #require(harness.orders.first)
        #expect(order.status == .rejected)
        #expect(order.reason?.contains("post-only") == true)
    }

    @Test("an IOC order that cannot fill on arrival is canceled; one that can fills")
    func immediateOrCancel() throws {
        let strategy = ScriptStrategy()
            .at(0, submit: .limit(.buy, 1, at: 101, of: btc, timeInForce: .ioc))
            .at(0, submit: .limit(.buy, 1, at: 103, of: btc, timeInForce: .ioc))
        let harness = try run(strategy, [(100, 101, 99, 100), (102, 105, 100, 104)])
        #expect(harness.orders.map(\.status) == [.canceled, .filled])
        #expect(harness.fills.map(\.price) == [102])
    }

    @Test("a stop-loss sell triggers at its price inside a candle and fills there")
    func stopLossContinuous() throws {
        // Long 1 at 100 (candle 1 open). Candle 2: 99 → 100 (nearer) → 94 → 96 crosses 95.
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .stopLoss(.sell, 1, trigger: 95, of: btc))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 101, 99, 100), (99, 100, 94, 96)])
        #expect(harness.fills.map(\.price) == [100, 95])
        let trade = try #require(harness.trades.first)
        #expect(trade.closeReason == "stop_loss")
        // P&L: −5 − fees 0.05 (entry) − 0.0475 (exit).
        #expect(trade.pnl == dec("-5.0975"))
    }

    @Test("a stop-loss jumped over by the open fills at the open (worse than its trigger)")
    func stopLossGap() throws {
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .stopLoss(.sell, 1, trigger: 95, of: btc))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 101, 99, 100), (93, 94, 92, 93)])
        #expect(harness.fills.map(\.price) == [100, 93])
    }

    @Test("a take-profit sell triggers when the price rises to it")
    func takeProfit() throws {
        // Candle 2: 105 → 104 (nearer) → 112 → 108: the move 104 → 112 reaches 110.
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .takeProfit(.sell, 1, trigger: 110, of: btc))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 101, 99, 100), (105, 112, 104, 108)])
        #expect(harness.fills.map(\.price) == [100, 110])
    }

    @Test("when stop and target are both inside one candle, the path decides: the nearer extreme comes first")
    func pathOrder() throws {
        func exits(_ row: (Price, Price, Price, Price)) throws -> [Price] {
            let strategy = ScriptStrategy()
                .at(0, submit: .market(.buy, 1, of: btc))
                .at(1, submit: .stopLoss(.sell, 1, trigger: 95, of: btc))
                .at(1, submit: .takeProfit(.sell, 1, trigger: 110, of: btc))
            return try run(strategy, [(100, 100, 100, 100), (100, 101, 99, 100), row]).fills.dropFirst().map(\.price)
        }
        #expect(try exits((100, 111, 94, 105)) == [95])  // low 6 away, high 11 away: low first
        #expect(try exits((100, 111, 89, 105)) == [110]) // high 11 away, low 11 away: high first on a tie
    }

    @Test("a triggered stop-limit not marketable at its trigger rests as a limit")
    func stopLimit() throws {
        // Candle 2 opens at 93, below the 95 trigger: triggered there, but 93 is below the 94.5 limit.
        // Then 93 → 92 (nearer) → 95 → 94: the move 92 → 95 fills the resting sell at 94.5 (maker).
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .stopLoss(.sell, 1, trigger: 95, limit: dec("94.5"), of: btc))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 101, 99, 100), (93, 95, 92, 94)])
        let exit = try #require(harness.fills.last)
        #expect(exit.price == dec("94.5"))
        #expect(exit.liquidity == .maker)
    }

    @Test("an order reaches the venue only after its latency")
    func latency() throws {
        // 30 min latency: candle 1's path is 100 @0:00, 98 @0:20, 103 @0:40, 101 @0:59:59.
        // The order (sent at 1:00) arrives at 1:30, so the first price it can take is 103 at 1:40.
        let harness = try run(ScriptStrategy().at(0, submit: .market(.buy, 1, of: btc)),
                              [(100, 101, 99, 100), (100, 103, 98, 101)], venue: testVenue(latency: .seconds(1800)))
        #expect(harness.fills.map(\.price) == [103])
    }

    @Test("slippage moves market fills against the order")
    func slippage() throws {
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .market(.sell, 1, of: btc))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 100, 100, 100), (100, 100, 100, 100)],
                              venue: testVenue(slippage: BasisPointSlippage(basisPoints: 10)))
        #expect(harness.fills.map(\.price) == [dec("100.1"), dec("99.9")])
    }

    @Test("a reduce-only order never sells more than the position")
    func reduceOnlyClamp() throws {
        let strategy = ScriptStrategy()
            .at(0, submit: .market(.buy, 1, of: btc))
            .at(1, submit: .market(.sell, 3, of: btc, reduceOnly: true))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 100, 100, 100), (101, 101, 101, 101)])
        #expect(harness.fills.map(\.quantity) == [1, 1])
        #expect(harness.portfolio.positions.isEmpty)
    }

    @Test("a spot instrument cannot be sold short")
    func spotNoShort() throws {
        let strategy = ScriptStrategy().at(0, submit: .market(.sell, 1, of: btc))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 100, 100, 100)], instrument: .spot("BTCUSDT", venue: "TEST"))
        #expect(harness.fills.isEmpty)
        #expect(strategy.placed.first?.status == .rejected)
        #expect(strategy.placed.first?.reason?.contains("cannot be sold short") == true)
    }

    @Test("an equity-fraction order sizes to equity ÷ (price × (1 + fee)) at the fill")
    func equityFraction() throws {
        let strategy = ScriptStrategy().at(0, submit: OrderRequest(instrument: btc, side: .buy, type: .market, quantity: .equityFraction(1)))
        let harness = try run(strategy, [(100, 100, 100, 100), (100, 100, 100, 100)])
        let fill = try #require(harness.fills.first)
        // 10000 / (100 × 1.0005) = 99.95002498750624…, truncated to 12 places.
        #expect(fill.quantity == dec("99.950024987506"))
        #expect(fill.fee == dec("4.997501249375")) // 100 × q × 0.0005 = 4.9975012493753 → 12 places
    }
}
