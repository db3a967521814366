/// Runs the risk rules and keeps their state: the day's P&L, the losing streak, the equity
/// peak, and the pause. Only `resume` clears a pause.
public struct RiskManager: Sendable {
    public let rules: [any RiskRule]
    public private(set) var state: RiskState
    /// Whether any rule needs the equity peak (skips per-event work otherwise).
    public let watchesEquity: Bool

    public init(rules: [any RiskRule], state: RiskState = RiskState()) {
        self.rules = rules
        self.state = state
        self.watchesEquity = rules.contains { $0 is DrawdownRule }
    }

    public init(limits: RiskLimits, state: RiskState = RiskState()) {
        self.init(rules: limits.rules, state: state)
    }

    /// Whether checks can refuse anything (some rule is on, or the bot is paused).
    public var isActive: Bool { !rules.isEmpty || state.paused }

    /// Checks an order that adds exposure: refused while paused, or when any rule objects.
    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? {
        if state.paused {
            return RiskViolation(rule: "paused", message: "the bot is paused (\(state.pauseReason ?? "no reason recorded")); resume to trade")
        }
        for rule in rules {
            if let violation = rule.check(intent, snapshot) { return violation }
        }
        return nil
    }

    /// Counts a closed round trip: today's P&L (rolling over at UTC midnight) and the streak.
    public mutating func record(_ trade: TradeRecord) {
        let day = trade.timestamp.utcDay
        if day != state.tradingDay {
            state.tradingDay = day
            state.dayRealizedPnL = 0
        }
        state.dayRealizedPnL += trade.pnl
        state.lossStreak = trade.pnl.isNegative ? state.lossStreak + 1 : 0
    }

    /// Asks the rules about a round trip just recorded; a violation pauses the bot.
    public func afterTrade(_ trade: TradeRecord, _ snapshot: RiskSnapshot) -> RiskViolation? {
        for rule in rules {
            if let violation = rule.afterTrade(trade, snapshot) { return violation }
        }
        return nil
    }

    /// Raises the equity peak; returns whether it moved.
    public mutating func observePeak(_ equity: Money) -> Bool {
        guard equity > state.peakEquity else { return false }
        state.peakEquity = equity
        return true
    }

    /// Asks the rules about the marked equity; a violation pauses the bot.
    public func afterMark(_ snapshot: RiskSnapshot) -> RiskViolation? {
        guard !state.paused else { return nil }
        for rule in rules {
            if let violation = rule.afterMark(snapshot) { return violation }
        }
        return nil
    }

    /// Protective exit orders for a position just opened or grown.
    public func protectiveOrders(for position: Position, instrument: Instrument) -> [OrderRequest] {
        rules.flatMap { $0.protectiveOrders(for: position, instrument: instrument) }
    }

    /// Pauses the bot; returns false if it already was.
    public mutating func pause(_ violation: RiskViolation, at time: Timestamp) -> Bool {
        guard !state.paused else { return false }
        state.paused = true
        state.pauseReason = violation.description
        state.pausedAt = time
        return true
    }

    /// A deliberate resume: clears the pause, the losing streak, and restarts the drawdown peak
    /// from the current equity (someone has reviewed it). Today's loss still counts.
    public mutating func resume(equity: Money) {
        state.paused = false
        state.pauseReason = nil
        state.pausedAt = nil
        state.lossStreak = 0
        state.peakEquity = equity
    }

    /// Replaces the state (recovery from the journal).
    public mutating func restore(_ state: RiskState) {
        self.state = state
    }
}
