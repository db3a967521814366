extension TradingEngine {
    /// Every open order, in submission order.
    public var openOrders: [Order] { openOrderIDs.compactMap { orders[$0] } }

    /// The open order with `id` (finished orders are in the journal and were passed to
    /// `onOrderUpdate` / `onFill`).
    public func order(_ id: ClientOrderID) -> Order? { orders[id] }

    /// Validates, risk-checks, journals and sends an order. The returned order is `.rejected`
    /// (with its reason) when refused; otherwise `.submitted`, and the venue's answers follow
    /// as order updates and fills.
    @discardableResult
    public func submit(_ request: OrderRequest) throws -> Order {
        guard state == .running else { throw EngineError.notRunning(state.rawValue) }
        let order = try place(request)
        try drain()
        return order
    }

    func place(_ request: OrderRequest) throws -> Order {
        orderSequence += 1
        let id = request.clientOrderID ?? ClientOrderID("\(configuration.bot.name)-\(orderSequence)")
        var order = Order(id: id, request: request, createdAt: now)

        if orders[id] != nil {
            order.id = ClientOrderID("\(configuration.bot.name)-\(orderSequence)") // journal the refusal without touching the open one
            return try reject(order, reason: "client order id \(id) is already in use by an open order", riskRule: nil)
        }
        if let problem = validate(order) {
            return try reject(order, reason: problem, riskRule: nil)
        }
        if risk.isActive, let intent = exposureIntent(for: order),
           let violation = risk.check(intent, riskSnapshot(equity: portfolio.equity)) {
            let rejected = try reject(order, reason: violation.description, riskRule: violation)
            if violation.rule != "paused" { try pause(violation) }
            return rejected
        }
        batch.orders.append(order)
        try commit() // journaled before the venue sees it
        orders[id] = order
        openOrderIDs.append(id)
        venue.submit(order, at: now, reports: &reports)
        order = orders[id] ?? order
        return order
    }

    private func reject(_ order: Order, reason: String, riskRule: RiskViolation?) throws -> Order {
        var order = order
        order.status = .rejected
        order.reason = reason
        batch.orders.append(order)
        try commit()
        if riskRule != nil {
            logger.warning("order \(order.id) refused by risk: \(reason)")
        } else {
            logger.warning("order \(order.id) refused: \(reason)")
        }
        return order
    }

    /// Asks the venue to cancel an open order.
    public func cancel(_ id: ClientOrderID) throws {
        guard state == .running else { throw EngineError.notRunning(state.rawValue) }
        requestCancel(id)
        try drain()
    }

    func requestCancel(_ id: ClientOrderID) {
        guard let order = orders[id], order.status.isOpen else { return }
        venue.cancel(order, at: now, reports: &reports)
    }

    /// Checks an order against the instrument's rules and the account before risk sees it.
    func validate(_ order: Order) -> String? {
        guard let instrument = instruments[order.instrument] else {
            let known = instruments.keys.map(\.description).sorted().joined(separator: ", ")
            return "unknown instrument \(order.instrument); registered: \(known.isEmpty ? "none" : known)"
        }
        switch order.quantity {
        case .base(let quantity):
            guard quantity > 0 else { return "quantity must be positive (got \(quantity))" }
            guard quantity.isMultiple(of: instrument.lotSize) else {
                return "quantity \(quantity) is not a multiple of the lot size \(instrument.lotSize) of \(instrument.id)"
            }
            if !order.reduceOnly && quantity < instrument.minQuantity {
                return "quantity \(quantity) is below the minimum \(instrument.minQuantity) of \(instrument.id)"
            }
        case .equityFraction(let fraction):
            guard fraction > 0 else { return "equity fraction must be positive (got \(fraction))" }
        }
        for price in [order.type.limitPrice, order.type.triggerPrice].compactMap({ $0 }) {
            guard price > 0 else { return "price must be positive (got \(price))" }
            guard price.isMultiple(of: instrument.tickSize) else {
                return "price \(price) is not a multiple of the tick size \(instrument.tickSize) of \(instrument.id)"
            }
            if instrument.kind == .binaryOutcome && price >= 1 {
                return "an outcome share's price must be below 1 (got \(price))"
            }
        }
        let position = portfolio.position(order.instrument)
        if order.reduceOnly {
            guard let position, position.quantity.signum == -order.side.sign else {
                return "reduce-only \(order.side.rawValue) order, but no \(order.side == .sell ? "long" : "short") position in \(order.instrument) to reduce"
            }
        }
        if !instrument.allowsShort && order.side == .sell && !order.reduceOnly {
            let held = position.map { max($0.quantity, 0) } ?? 0
            let quantity = order.quantity.base ?? Quantity.zero
            if case .equityFraction = order.quantity { return "\(instrument.kind.rawValue) instruments cannot be sold short; sell a base quantity you hold" }
            if quantity > held {
                return "cannot sell \(quantity) \(instrument.baseAsset): holding \(held) and \(instrument.kind.rawValue) instruments cannot be sold short"
            }
        }
        if order.type.limitPrice == nil && order.type.triggerPrice == nil && portfolio.mark(of: order.instrument) == nil {
            return "no price for \(order.instrument) yet: a market order needs market data first"
        }
        return nil
    }

    /// The risk view of an order that adds exposure; nil for orders that only reduce.
    func exposureIntent(for order: Order) -> OrderIntent? {
        guard !order.reduceOnly, let instrument = instruments[order.instrument] else { return nil }
        let position = portfolio.position(order.instrument)
        let signed = position?.quantity ?? 0
        let price = order.type.limitPrice ?? order.type.triggerPrice ?? portfolio.mark(of: order.instrument) ?? 0
        let leverage = venue.leverage(for: order.instrument)
        let margin: Money
        let opens: Bool
        switch order.quantity {
        case .base(let quantity):
            if signed.signum == -order.side.sign && quantity <= signed.magnitude { return nil } // only reduces
            let added = signed.signum == -order.side.sign ? quantity - signed.magnitude : quantity
            margin = added * price / FixedDecimal(leverage)
            opens = signed.isZero || signed.signum == -order.side.sign
        case .equityFraction(let fraction):
            margin = fraction * portfolio.equity
            opens = signed.isZero || signed.signum == -order.side.sign
        }
        return OrderIntent(order: order, instrument: instrument, referencePrice: price, leverage: leverage,
                           margin: margin, opensPosition: opens)
    }

    func riskSnapshot(equity: Money) -> RiskSnapshot {
        var exposed = Set(portfolio.openPositions.keys)
        for id in openOrderIDs {
            if let order = orders[id], !order.reduceOnly { exposed.insert(order.instrument) }
        }
        return RiskSnapshot(now: now, equity: equity, state: risk.state, exposedInstruments: exposed)
    }

    // MARK: Pause, resume, kill

    /// Pauses the bot for `violation`: journals it, logs it, alerts, and cancels orders that
    /// would add exposure. Exits (reduce-only orders, stops) keep working.
    func pause(_ violation: RiskViolation) throws {
        guard risk.pause(violation, at: now) else { return }
        batch.riskState = risk.state
        try commit()
        logger.error("PAUSED by \(violation.rule): \(violation.message)")
        notify(.critical, "Bot paused: \(violation.rule)", violation.message + ". Only a deliberate resume clears it.")
        for id in openOrderIDs {
            if let order = orders[id], !order.reduceOnly { requestCancel(id) }
        }
    }

    /// Pauses the bot by hand (Telegram's /pause).
    public func pause(reason: String) throws {
        try pause(RiskViolation(rule: "manual", message: reason))
        try drain()
    }

    /// Clears a pause: a deliberate act by a person (Telegram's /resume, the CLI).
    public func resume(by who: String) throws {
        guard risk.state.paused else { return }
        let reason = risk.state.pauseReason ?? ""
        risk.resume(equity: portfolio.equity)
        batch.riskState = risk.state
        try commit()
        logger.recovery("resumed by \(who) (was paused: \(reason))")
        notify(.info, "Bot resumed", "resumed by \(who); it was paused: \(reason)")
    }

    /// The kill switch: pauses, cancels every open order and closes every position at market.
    public func kill(reason: String) throws {
        try pause(RiskViolation(rule: "kill", message: reason))
        for id in openOrderIDs { requestCancel(id) }
        try drain()
        try closeAllPositions(tag: "kill")
    }

    /// Sends a reduce-only market order closing each open position, tagged with the reason.
    public func closeAllPositions(tag: String) throws {
        for position in portfolio.openPositions.values.sorted(by: { $0.instrument.description < $1.instrument.description }) {
            _ = try place(.market(position.side == .long ? .sell : .buy, position.size, of: position.instrument,
                                  reduceOnly: true, tag: tag))
        }
        try drain()
    }

    // MARK: Protective exits

    /// Replaces the stop-loss and take-profit orders of `instrument` after its position changed.
    func refreshProtection(for instrument: InstrumentID) throws {
        for id in protectiveOrderIDs.removeValue(forKey: instrument) ?? [] { requestCancel(id) }
        guard let position = portfolio.position(instrument), let spec = instruments[instrument] else { return }
        var placed: [ClientOrderID] = []
        for request in risk.protectiveOrders(for: position, instrument: spec) {
            let order = try place(request)
            if order.status != .rejected { placed.append(order.id) }
        }
        if !placed.isEmpty { protectiveOrderIDs[instrument] = placed }
    }
}
