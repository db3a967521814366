/// The seven risk layers of a bot, each off when nil. Percentages are in percent (3 = 3%).
public struct RiskLimits: Sendable, Hashable, Codable {
    /// 1. Largest margin one order may commit, as a percentage of equity.
    public var positionSizePercent: FixedDecimal?
    /// 2. Stop-loss distance from the entry price: a reduce-only trigger order is placed.
    public var stopLossPercent: FixedDecimal?
    /// 3. Take-profit distance from the entry price: a reduce-only trigger order is placed.
    public var takeProfitPercent: FixedDecimal?
    /// 4. Most instruments with a position (or an order that would open one) at once.
    public var maxConcurrentPositions: Int?
    /// 5. Circuit breaker: realised loss in one UTC day, in the account currency.
    public var dailyLossLimit: Money?
    /// 6. Pause after this many losing round trips in a row.
    public var maxConsecutiveLosses: Int?
    /// 7. Stop for manual review when equity falls this percentage below its peak.
    public var maxDrawdownPercent: FixedDecimal?

    public init(positionSizePercent: FixedDecimal? = nil, stopLossPercent: FixedDecimal? = nil,
                takeProfitPercent: FixedDecimal? = nil, maxConcurrentPositions: Int? = nil,
                dailyLossLimit: Money? = nil, maxConsecutiveLosses: Int? = nil,
                maxDrawdownPercent: FixedDecimal? = nil) {
        self.positionSizePercent = positionSizePercent
        self.stopLossPercent = stopLossPercent
        self.takeProfitPercent = takeProfitPercent
        self.maxConcurrentPositions = maxConcurrentPositions
        self.dailyLossLimit = dailyLossLimit
        self.maxConsecutiveLosses = maxConsecutiveLosses
        self.maxDrawdownPercent = maxDrawdownPercent
    }

    /// No limits at all (plain backtests).
    public static let none = RiskLimits()

    /// The house defaults of DESIGN.md: 3% size, 3% stop, 6% target, 3 positions, $100 a day,
    /// 3 losses in a row, 15% drawdown.
    public static let standard = RiskLimits(
        positionSizePercent: 3, stopLossPercent: 3, takeProfitPercent: 6, maxConcurrentPositions: 3,
        dailyLossLimit: 100, maxConsecutiveLosses: 3, maxDrawdownPercent: 15)

    /// One line naming the layers that are on: `size 3%, stop 3%, …` or `off`.
    public var summary: String {
        let limits = [
            positionSizePercent.map { "size \($0)%" }, stopLossPercent.map { "stop \($0)%" },
            takeProfitPercent.map { "target \($0)%" }, maxConcurrentPositions.map { "max \($0) positions" },
            dailyLossLimit.map { "daily loss \($0)" }, maxConsecutiveLosses.map { "pause after \($0) losses" },
            maxDrawdownPercent.map { "drawdown \($0)%" },
        ].compactMap { $0 }
        return limits.isEmpty ? "off" : limits.joined(separator: ", ")
    }

    /// The standard rules these limits switch on, in layer order.
    public var rules: [any RiskRule] {
        var rules: [any RiskRule] = []
        if let value = positionSizePercent { rules.append(PositionSizeRule(maxPercentOfEquity: value)) }
        if stopLossPercent != nil || takeProfitPercent != nil {
            rules.append(ProtectiveExitRule(stopLossPercent: stopLossPercent, takeProfitPercent: takeProfitPercent))
        }
        if let value = maxConcurrentPositions { rules.append(MaxConcurrentPositionsRule(limit: value)) }
        if let value = dailyLossLimit { rules.append(DailyLossLimitRule(limit: value)) }
        if let value = maxConsecutiveLosses { rules.append(ConsecutiveLossRule(limit: value)) }
        if let value = maxDrawdownPercent { rules.append(DrawdownRule(maxPercent: value)) }
        return rules
    }
}
