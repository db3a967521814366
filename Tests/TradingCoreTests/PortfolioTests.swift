import Testing
import TradingCore

@Suite("Portfolio accounting")
struct PortfolioTests {
    func fill(_ side: OrderSide, _ quantity: Quantity, at price: Price, fee: Money = 0, second: Int64 = 0) -> Fill {
        Fill(orderID: "o", tradeID: "t\(second)", instrument: btc, side: side, price: price, quantity: quantity,
             fee: fee, liquidity: .taker, timestamp: Timestamp(seconds: second))
    }

    @Test("adding to a position moves the average entry by size")
    func averageEntry() {
        var portfolio = Portfolio(initialCapital: 1000)
        portfolio.apply(fill(.buy, 1, at: 100), leverage: 1)
        portfolio.apply(fill(.buy, 3, at: 104), leverage: 1)
        // (1 × 100 + 3 × 104) ÷ 4 = 103
        #expect(portfolio.position(btc)?.entryPrice == 103)
        #expect(portfolio.position(btc)?.quantity == 4)
    }

    @Test("reducing realises P&L against the average entry and leaves it unchanged")
    func partialClose() {
        var portfolio = Portfolio(initialCapital: 1000)
        portfolio.apply(fill(.buy, 4, at: 103, fee: 1), leverage: 1)
        let effect = portfolio.apply(fill(.sell, 1, at: 110, fee: dec("0.5")), leverage: 1)
        #expect(effect.closed == nil)
        #expect(portfolio.position(btc)?.entryPrice == 103)
        #expect(portfolio.realizedPnL == 7)
        #expect(portfolio.balance == dec("1005.5")) // 1000 + 7 − 1 − 0.5
        portfolio.mark(btc, at: 100)
        #expect(portfolio.unrealizedPnL == -9) // 3 × (100 − 103)
        #expect(portfolio.equity == dec("996.5"))
    }

    @Test("a fill through zero closes the round trip and opens the other side with the rest")
    func flip() throws {
        var portfolio = Portfolio(initialCapital: 1000)
        portfolio.apply(fill(.buy, 2, at: 100, fee: 2, second: 1), leverage: 1)
        let effect = portfolio.apply(fill(.sell, 5, at: 90, fee: 5, second: 2), leverage: 1)
        let trip = try #require(effect.closed)
        #expect(trip.side == .long)
        #expect(trip.quantity == 2)
        #expect(trip.grossPnL == -20)
        #expect(trip.fees == 4) // 2 entry + 2 of the 5 (the closing 2/5 of the fill)
        #expect(trip.netPnL == -24)
        #expect(effect.increasedExposure)
        let short = try #require(portfolio.position(btc))
        #expect(short.quantity == -3)
        #expect(short.entryPrice == 90)
        #expect(short.fees == 3)
    }

    @Test("margin is entry notional over leverage; free margin is equity less it")
    func margin() {
        var portfolio = Portfolio(initialCapital: 1000)
        portfolio.apply(fill(.sell, 2, at: 100), leverage: 5)
        portfolio.mark(btc, at: 95)
        #expect(portfolio.marginUsed == 40)
        #expect(portfolio.equity == 1010)
        #expect(portfolio.freeMargin == 970)
    }

    @Test("replaying journaled fills and funding rebuilds the same account")
    func replay() {
        var live = Portfolio(initialCapital: 500)
        var ledger: [JournalLedgerEntry] = []
        let fills = [fill(.buy, 1, at: 100, fee: 1, second: 1), fill(.buy, 1, at: 110, fee: 1, second: 2), fill(.sell, 1, at: 120, fee: 1, second: 3)]
        for item in fills {
            live.apply(item, leverage: 3)
            ledger.append(.fill(item, leverage: 3))
        }
        live.applyFunding(dec("-0.25"), to: btc)
        ledger.append(.funding(btc, amount: dec("-0.25"), at: Timestamp(seconds: 4)))
        let rebuilt = Portfolio.replaying(initialCapital: 500, events: ledger)
        live.mark(btc, at: 120) // the replay marks at the last fill's price until market data arrives
        #expect(rebuilt.balance == live.balance)
        #expect(rebuilt.equity == live.equity)
        #expect(rebuilt.positions == live.positions)
        #expect(rebuilt.funding == live.funding)
    }
}
