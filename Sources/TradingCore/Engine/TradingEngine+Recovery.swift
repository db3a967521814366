/// A venue simulated in-process (the paper venue): the engine restores its state on restart
/// and asks it to settle positions at the end of a backtest.
public protocol SimulatedVenue: ExecutionVenue {
    /// Restores the account and resting orders recovered from the journal; `fillCount` fills
    /// were journaled, so new fill ids continue after them.
    func restore(account: Portfolio, openOrders: [Order], fillCount: Int)
    /// Fills pending market orders now, at the last price of their instrument, without slippage.
    func fillMarketOrdersAtLastPrice(at time: Timestamp, reports: inout [ExecutionReport])
}

extension TradingEngine {
    /// Reads the journal back: the account (by replaying fills and funding), open orders, the
    /// risk state with any pause, and the order-id sequence.
    func recover() throws {
        guard let store else { return }
        let recovery: JournalRecovery
        do {
            recovery = try store.open(configuration.bot, initialCapital: configuration.initialCapital, at: now)
        } catch {
            throw EngineError.journal(error)
        }
        if recovery.isNew {
            logger.info("new bot \(configuration.bot.name) (customer \(configuration.bot.customerID)), capital \(configuration.initialCapital)")
            return
        }
        if recovery.initialCapital != configuration.initialCapital {
            logger.warning("journal capital \(recovery.initialCapital) differs from the configured \(configuration.initialCapital); the journal's is kept")
        }
        portfolio = Portfolio.replaying(initialCapital: recovery.initialCapital, events: recovery.ledger)
        if let state = recovery.riskState { risk.restore(state) }
        orderSequence = recovery.orderCount
        for order in recovery.openOrders {
            orders[order.id] = order
            openOrderIDs.append(order.id)
            if order.tag == "stop_loss" || order.tag == "take_profit" {
                protectiveOrderIDs[order.instrument, default: []].append(order.id)
            }
        }
        let fillCount = recovery.ledger.count { if case .fill = $0 { true } else { false } }
        (venue as? any SimulatedVenue)?.restore(account: portfolio, openOrders: recovery.openOrders, fillCount: fillCount)
        let positions = portfolio.openPositions.values
            .map { "\($0.side.rawValue) \($0.size) \($0.instrument) @ \($0.entryPrice)" }
            .sorted().joined(separator: ", ")
        logger.recovery("""
            recovered \(configuration.bot.name) from the journal: \(recovery.ledger.count) fills and funding payments, \
            equity \(portfolio.equity.formatted(decimals: 2)), \(recovery.openOrders.count) open orders, \
            positions: \(positions.isEmpty ? "none" : positions)
            """)
        if risk.state.paused {
            let reason = risk.state.pauseReason ?? "no reason recorded"
            logger.warning("still paused since \(risk.state.pausedAt?.logText ?? "?"): \(reason); resume to trade")
            notify(.warning, "Bot restarted paused", reason)
        }
    }
}
