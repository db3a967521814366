/// Layer 1: an order may commit at most this percentage of equity as margin.
public struct PositionSizeRule: RiskRule {
    public var maxPercentOfEquity: FixedDecimal
    public var name: String { "position_size" }

    public init(maxPercentOfEquity: FixedDecimal) { self.maxPercentOfEquity = maxPercentOfEquity }

    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? {
        let allowed = snapshot.equity * maxPercentOfEquity / 100
        // Sub-cent tolerance: sizes computed from the allowance round at the twelfth digit.
        guard intent.margin > allowed + FixedDecimal(raw: 1_000_000) else { return nil }
        return RiskViolation(rule: name, message:
            "order \(intent.order.id) commits \(intent.margin.formatted(decimals: 2)) margin, over \(maxPercentOfEquity)% of equity \(snapshot.equity.formatted(decimals: 2)) (\(allowed.formatted(decimals: 2)))")
    }
}

/// Layers 2 and 3: a reduce-only stop-loss and take-profit at fixed distances from the entry,
/// placed whenever a position opens or grows. These are exits, not limits: a stop filling
/// closes the trade (the losing-streak and daily-loss layers count it) without pausing the bot.
public struct ProtectiveExitRule: RiskRule {
    public var stopLossPercent: FixedDecimal?
    public var takeProfitPercent: FixedDecimal?
    public var name: String { "protective_exit" }

    public init(stopLossPercent: FixedDecimal?, takeProfitPercent: FixedDecimal?) {
        self.stopLossPercent = stopLossPercent
        self.takeProfitPercent = takeProfitPercent
    }

    public func protectiveOrders(for position: Position, instrument: Instrument) -> [OrderRequest] {
        guard position.side != .flat else { return [] }
        let long = position.side == .long
        let exitSide: OrderSide = long ? .sell : .buy
        var orders: [OrderRequest] = []
        if let percent = stopLossPercent {
            let factor = long ? 1 - percent / 100 : 1 + percent / 100
            let trigger = (position.entryPrice * factor).rounded(toMultipleOf: instrument.tickSize)
            orders.append(.stopLoss(exitSide, position.size, trigger: trigger, of: position.instrument, tag: "stop_loss"))
        }
        if let percent = takeProfitPercent {
            let factor = long ? 1 + percent / 100 : 1 - percent / 100
            let trigger = (position.entryPrice * factor).rounded(toMultipleOf: instrument.tickSize)
            orders.append(.takeProfit(exitSide, position.size, trigger: trigger, of: position.instrument, tag: "take_profit"))
        }
        return orders
    }
}

/// Layer 4: at most `limit` instruments exposed at once.
public struct MaxConcurrentPositionsRule: RiskRule {
    public var limit: Int
    public var name: String { "max_concurrent_positions" }

    public init(limit: Int) { self.limit = limit }

    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? {
        guard intent.opensPosition else { return nil }
        let others = snapshot.exposedInstruments.subtracting([intent.instrument.id])
        guard others.count >= limit else { return nil }
        return RiskViolation(rule: name, message:
            "order \(intent.order.id) would open a position in \(intent.instrument.id) while \(others.count) are open (limit \(limit))")
    }
}

/// Layer 5: the circuit breaker on today's realised loss (UTC day).
public struct DailyLossLimitRule: RiskRule {
    public var limit: Money
    public var name: String { "daily_loss_limit" }

    public init(limit: Money) { self.limit = limit }

    private func violation(_ snapshot: RiskSnapshot) -> RiskViolation? {
        let loss = snapshot.state.dayLoss(on: snapshot.now.utcDay)
        guard loss >= limit else { return nil }
        return RiskViolation(rule: name, message:
            "realised loss today \(loss.formatted(decimals: 2)) reached the daily limit \(limit.formatted(decimals: 2))")
    }

    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? { violation(snapshot) }
    public func afterTrade(_ trade: TradeRecord, _ snapshot: RiskSnapshot) -> RiskViolation? { violation(snapshot) }
}

/// Layer 6: pause after `limit` losing round trips in a row.
public struct ConsecutiveLossRule: RiskRule {
    public var limit: Int
    public var name: String { "consecutive_losses" }

    public init(limit: Int) { self.limit = limit }

    private func violation(_ snapshot: RiskSnapshot) -> RiskViolation? {
        guard snapshot.state.lossStreak >= limit else { return nil }
        return RiskViolation(rule: name, message: "\(snapshot.state.lossStreak) losing trades in a row (limit \(limit))")
    }

    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? { violation(snapshot) }
    public func afterTrade(_ trade: TradeRecord, _ snapshot: RiskSnapshot) -> RiskViolation? { violation(snapshot) }
}

/// Layer 7: stop for manual review when equity falls `maxPercent` below its peak.
public struct DrawdownRule: RiskRule {
    public var maxPercent: FixedDecimal
    public var name: String { "max_drawdown" }

    public init(maxPercent: FixedDecimal) { self.maxPercent = maxPercent }

    private func violation(_ snapshot: RiskSnapshot) -> RiskViolation? {
        let peak = snapshot.state.peakEquity
        guard peak > 0 else { return nil }
        let floor = peak * (1 - maxPercent / 100)
        guard snapshot.equity <= floor else { return nil }
        let drawdown = (peak - snapshot.equity) / peak * 100
        return RiskViolation(rule: name, message:
            "equity \(snapshot.equity.formatted(decimals: 2)) is \(drawdown.formatted(decimals: 2))% below its peak \(peak.formatted(decimals: 2)) (limit \(maxPercent)%): stopped for manual review")
    }

    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? { violation(snapshot) }
    public func afterMark(_ snapshot: RiskSnapshot) -> RiskViolation? { violation(snapshot) }
}
