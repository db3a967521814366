extension TradingEngine {
    /// Handles queued venue reports in order, including those the handling itself causes.
    /// Never runs inside a strategy callback: reports wait until it returns.
    func drain() throws {
        guard !isDraining, !inCallback else { return }
        isDraining = true
        defer { isDraining = false }
        while reportCursor < reports.count {
            let report = reports[reportCursor]
            reportCursor += 1
            try handle(report)
        }
        reports.removeAll(keepingCapacity: true)
        reportCursor = 0
    }

    func handle(_ report: ExecutionReport) throws {
        switch report {
        case .filled(let fill):
            try handleFill(fill)
        case .funding(let instrument, let amount, let rate, let time):
            portfolio.applyFunding(amount, to: instrument)
            batch.funding.append(FundingPayment(instrument: instrument, amount: amount, rate: rate, timestamp: time))
            try commit()
            logger.info("funding \(instrument) rate \(rate): \(amount.isNegative ? "paid" : "received") \(amount.magnitude.formatted(decimals: 4))")
        case .accepted(let id, let venueOrderID, let time):
            try update(id, at: time) { order in
                if order.status == .submitted || order.status == .unknown { order.status = .accepted }
                if let venueOrderID { order.venueOrderID = venueOrderID }
            }
        case .triggered(let id, let time):
            try update(id, at: time) { $0.status = .triggered }
        case .rejected(let id, let reason, let time):
            try update(id, at: time) { order in
                order.status = .rejected
                order.reason = reason
            }
            logger.warning("order \(id) rejected by \(venue.name): \(reason)")
        case .canceled(let id, let reason, let time):
            try update(id, at: time) { order in
                order.status = .canceled
                order.reason = reason
            }
        case .cancelRejected(let id, let reason, _):
            logger.info("cancel of \(id) refused: \(reason)")
        case .unknown(let id, let reason, let time):
            try update(id, at: time) { order in
                order.status = .unknown
                order.reason = reason
            }
            logger.warning("order \(id) status unknown: \(reason); waiting for the venue to settle it")
            notify(.warning, "Order status unknown", "order \(id): \(reason)")
        }
    }

    /// Applies a status change, journals it, and tells the strategies.
    private func update(_ id: ClientOrderID, at time: Timestamp, _ change: (inout Order) -> Void) throws {
        guard var order = orders[id] else {
            logger.warning("report for unknown order \(id) ignored")
            return
        }
        let before = order
        change(&order)
        guard order != before else { return }
        order.updatedAt = time
        orders[id] = order
        if !order.status.isOpen { removeOpen(id) }
        batch.orders.append(order)
        try commit()
        let snapshot = order
        dispatch { for strategy in strategies { strategy.onOrderUpdate(snapshot, context) } }
    }

    /// Forgets a finished order: the journal keeps it; memory stays flat however long the run.
    private func removeOpen(_ id: ClientOrderID) {
        if let index = openOrderIDs.firstIndex(of: id) { openOrderIDs.remove(at: index) }
        orders[id] = nil
    }

    /// A fill: journaled together with the order, the closed trade and the risk state it
    /// changes, before the portfolio is acted on further or any strategy hears of it.
    private func handleFill(_ fill: Fill) throws {
        var order = orders[fill.orderID] ?? liquidationOrder(for: fill)
        order.apply(fill)
        orders[order.id] = order
        if !order.status.isOpen { removeOpen(order.id) }

        let leverage = portfolio.position(fill.instrument)?.leverage ?? venue.leverage(for: fill.instrument)
        let effect = portfolio.apply(fill, leverage: leverage)
        batch.orders.append(order)
        batch.fills.append((fill, leverage))

        var violation: RiskViolation?
        var trade: TradeRecord?
        if let trip = effect.closed {
            let record = tradeRecord(trip, order: order, fill: fill)
            trade = record
            batch.trades.append(record)
            if configuration.recordsHistory { closedTrades.append(record) }
            risk.record(record)
            violation = risk.afterTrade(record, riskSnapshot(equity: portfolio.equity))
            batch.riskState = risk.state
            appendEquitySnapshot()
        }
        try commit()

        logger.trade("\(fill.side == .buy ? "BUY" : "SELL") \(fill.quantity) \(fill.instrument) @ \(fill.price) fee \(fill.fee.formatted(decimals: 4)) (\(order.tag ?? order.type.name), \(order.id))")
        if let trade {
            logger.trade("closed \(trade.side.rawValue) \(trade.symbol): \(trade.entryPrice) → \(trade.exitPrice), P&L \(trade.pnl.formatted(decimals: 2)) (\(trade.closeReason))")
        }
        if fill.isLiquidation {
            notify(.critical, "Liquidation", "\(fill.instrument): \(fill.quantity) liquidated at \(fill.price)")
        }
        dispatch { for strategy in strategies { strategy.onFill(fill, context) } }

        if effect.increasedExposure && !risk.rules.isEmpty {
            try refreshProtection(for: fill.instrument)
        } else if portfolio.position(fill.instrument) == nil {
            for id in protectiveOrderIDs.removeValue(forKey: fill.instrument) ?? [] { requestCancel(id) }
        }
        if let violation { try pause(violation) }
    }

    private func tradeRecord(_ trip: RoundTrip, order: Order, fill: Fill) -> TradeRecord {
        TradeRecord(timestamp: trip.closedAt, openedAt: trip.openedAt, botName: configuration.bot.name,
                    customerID: configuration.bot.customerID, exchange: trip.instrument.venue,
                    symbol: trip.instrument.symbol, side: trip.side, entryPrice: trip.entryPrice,
                    exitPrice: trip.exitPrice, quantity: trip.quantity, leverage: trip.leverage, pnl: trip.netPnL,
                    fees: trip.fees, funding: trip.funding, status: fill.isLiquidation ? "liquidated" : "closed",
                    closeReason: fill.isLiquidation ? "liquidation" : (order.tag ?? Self.defaultReason(order.type)))
    }

    /// An untagged trigger order closes for its kind (`stop_loss`); anything else on a signal.
    static func defaultReason(_ type: OrderType) -> String {
        if case .trigger(let kind, _, _) = type { return kind.rawValue }
        return "signal"
    }

    /// A venue's forced close has no order of ours: it is journaled under the fill's order id.
    private func liquidationOrder(for fill: Fill) -> Order {
        let request = OrderRequest(instrument: fill.instrument, side: fill.side, type: .market,
                                   quantity: .base(fill.quantity), reduceOnly: true,
                                   clientOrderID: fill.orderID, tag: fill.isLiquidation ? "liquidation" : "external")
        return Order(id: fill.orderID, request: request, status: .accepted, createdAt: fill.timestamp)
    }
}
