/// What the risk layers remember between events, journaled so a restart keeps it: today's
/// realised P&L, the losing streak, peak equity, and whether the bot is paused and why.
public struct RiskState: Sendable, Hashable, Codable {
    /// The UTC day (days since 1970-01-01) `dayRealizedPnL` belongs to.
    public var tradingDay: Int64
    /// Net P&L of the round trips closed on `tradingDay`.
    public var dayRealizedPnL: Money
    /// Losing round trips in a row (reset by a winner or a resume).
    public var lossStreak: Int
    /// Highest equity seen (reset to the current equity by a resume).
    public var peakEquity: Money
    public var paused: Bool
    /// Which rule paused the bot, and why.
    public var pauseReason: String?
    public var pausedAt: Timestamp?

    public init(tradingDay: Int64 = 0, dayRealizedPnL: Money = 0, lossStreak: Int = 0, peakEquity: Money = 0,
                paused: Bool = false, pauseReason: String? = nil, pausedAt: Timestamp? = nil) {
        self.tradingDay = tradingDay
        self.dayRealizedPnL = dayRealizedPnL
        self.lossStreak = lossStreak
        self.peakEquity = peakEquity
        self.paused = paused
        self.pauseReason = pauseReason
        self.pausedAt = pausedAt
    }

    /// Today's realised loss as a positive amount (zero when today is up).
    public func dayLoss(on day: Int64) -> Money {
        guard day == tradingDay, dayRealizedPnL.isNegative else { return 0 }
        return -dayRealizedPnL
    }
}
