/// How an engine runs one bot.
public struct EngineConfiguration: Sendable {
    /// The bot's name and customer, as journaled.
    public var bot: BotIdentity
    /// Starting equity in the settlement currency (the journal's value wins on restart).
    public var initialCapital: Money
    /// The risk layers; each off when nil.
    public var risk: RiskLimits
    /// Extra rules of your own, run after the standard ones.
    public var customRiskRules: [any RiskRule]
    /// How often (engine time) the equity and risk state are journaled besides at each trade.
    public var snapshotInterval: Duration
    /// Keep the equity after every event and every closed trade in memory, for a report.
    public var recordsHistory: Bool

    public init(bot: BotIdentity, initialCapital: Money, risk: RiskLimits = .none, customRiskRules: [any RiskRule] = [],
                snapshotInterval: Duration = .seconds(3600), recordsHistory: Bool = false) {
        self.bot = bot
        self.initialCapital = initialCapital
        self.risk = risk
        self.customRiskRules = customRiskRules
        self.snapshotInterval = snapshotInterval
        self.recordsHistory = recordsHistory
    }
}

/// Why the engine refused to go on.
public enum EngineError: Error, CustomStringConvertible {
    case notRunning(String)
    /// The journal could not record something; nothing further was acted on.
    case journal(any Error)
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .notRunning(let state): return "the engine is not running (\(state))"
        case .journal(let error): return "journal write failed, engine halted: \(error)"
        case .invalidConfiguration(let message): return message
        }
    }
}
