public import Foundation

/// A bot's `trading_config.json`, decoded and validated: every problem names its field and the
/// values allowed. Secrets are never in it: only the names of environment variables or 0600
/// files that hold them (see `SecretReference`).
///
/// ```json
/// {
///   "bot": {"name": "btc-sma", "customer_id": "default"},
///   "mode": "paper",
///   "capital": 10000,
///   "instrument": {"symbol": "BTCUSDT", "venue": "BINANCE", "kind": "perpetual", "leverage": 1},
///   "paper": {"maker_fee_bps": 2, "taker_fee_bps": 5, "slippage_bps": 0, "latency_ms": 0},
///   "risk": {"position_size_pct": 3, "stop_loss_pct": 3, "take_profit_pct": 6, "max_concurrent_positions": 3,
///            "daily_loss_limit_usd": 100, "max_consecutive_losses": 3, "max_drawdown_pct": 15},
///   "journal": {"sqlite": "journal.sqlite"},
///   "strategy": {"name": "sma-cross", "params": {"fast": 20, "slow": 50}},
///   "secrets": {"hyperliquid_private_key": {"env": "HYPERLIQUID_PRIVATE_KEY"}}
/// }
/// ```
public struct TradingConfig: Sendable {
    public enum Mode: String, Sendable, CaseIterable { case backtest, paper, live }

    public var bot: BotIdentity
    public var mode: Mode
    public var capital: Money
    public var instrument: InstrumentConfig?
    public var paper: PaperVenueConfiguration
    public var risk: RiskLimits
    public var journalPath: String?
    public var strategy: String?
    public var strategyParameters: [String: String]
    public var secrets: [String: SecretReference]

    /// The instrument a single-instrument bot trades.
    public struct InstrumentConfig: Sendable {
        public var symbol: String
        public var venue: String
        public var kind: InstrumentKind
        public var leverage: Int
    }

    /// Reads and validates a configuration file.
    public static func load(path: String) throws -> TradingConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, field: "", message: "cannot read the file")
        }
        do {
            return try parse(data)
        } catch var error as ConfigError {
            error.file = path
            throw error
        }
    }

    /// Validates a configuration document.
    public static func parse(_ data: Data) throws -> TradingConfig {
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ConfigError(field: "", message: "not valid JSON: \(Self.describe(error))")
        }
        let root = try ConfigReader(document)

        guard let botReader = try root.object("bot") else {
            throw ConfigError(field: "bot", message: "is required: {\"name\": \"my-bot\", \"customer_id\": \"default\"}")
        }
        let name = try botReader.string("name")
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
            throw ConfigError(field: "bot.name", message: "'\(name)' must be non-empty letters, digits, '-', '_' or '.'")
        }
        let bot = BotIdentity(name: name, customerID: try botReader.string("customer_id", default: "default"))
        try botReader.finish()

        let mode = Mode(rawValue: try root.string("mode", default: "paper", allowed: Mode.allCases.map(\.rawValue)))!
        let capital = try root.decimal("capital", default: 10_000, in: FixedDecimal(raw: 1)...1_000_000_000_000)

        var instrument: InstrumentConfig?
        if let reader = try root.object("instrument") {
            let kind = InstrumentKind(rawValue: try reader.string("kind", default: "perpetual",
                                                                  allowed: InstrumentKind.allCases.map(\.rawValue)))!
            instrument = InstrumentConfig(
                symbol: try reader.string("symbol"), venue: try reader.string("venue", default: "BACKTEST"),
                kind: kind, leverage: try reader.int("leverage", default: 1, in: 1...100))
            if kind != .perpetual && instrument!.leverage != 1 {
                throw ConfigError(field: "instrument.leverage", message: "must be 1 for \(kind.rawValue) instruments (got \(instrument!.leverage))")
            }
            try reader.finish()
        }

        var paper = PaperVenueConfiguration()
        if let reader = try root.object("paper") {
            paper.makerFee = PaperVenueConfiguration.bps(try reader.decimal("maker_fee_bps", default: 2, in: -10...1000, unit: " bps"))
            paper.takerFee = PaperVenueConfiguration.bps(try reader.decimal("taker_fee_bps", default: 5, in: 0...1000, unit: " bps"))
            let slippage = try reader.decimal("slippage_bps", default: 0, in: 0...1000, unit: " bps")
            paper.slippage = slippage.isZero ? NoSlippage() : BasisPointSlippage(basisPoints: slippage)
            let latency = try reader.int("latency_ms", default: 0, in: 0...60_000)
            paper.latency = FixedLatency(.milliseconds(latency))
            if let rate = try reader.optionalDecimal("funding_rate", in: -1...1) {
                let interval = try reader.string("funding_interval", default: "8h")
                guard let timeframe = Timeframe(interval) else {
                    throw ConfigError(field: "paper.funding_interval", message: "'\(interval)' is not an interval; use e.g. 1h or 8h")
                }
                paper.funding = FundingSchedule(rate: rate, every: timeframe)
            } else {
                _ = try reader.optionalString("funding_interval")
            }
            try reader.finish()
        }

        var risk = RiskLimits.none
        if let reader = try root.object("risk") {
            risk.positionSizePercent = try reader.optionalDecimal("position_size_pct", in: FixedDecimal(raw: 1)...100, unit: "%")
            risk.stopLossPercent = try reader.optionalDecimal("stop_loss_pct", in: FixedDecimal(raw: 1)...99, unit: "%")
            risk.takeProfitPercent = try reader.optionalDecimal("take_profit_pct", in: FixedDecimal(raw: 1)...10_000, unit: "%")
            risk.maxConcurrentPositions = try reader.optionalInt("max_concurrent_positions", in: 1...1000)
            risk.dailyLossLimit = try reader.optionalDecimal("daily_loss_limit_usd", in: FixedDecimal(raw: 1)...1_000_000_000_000)
            risk.maxConsecutiveLosses = try reader.optionalInt("max_consecutive_losses", in: 1...1000)
            risk.maxDrawdownPercent = try reader.optionalDecimal("max_drawdown_pct", in: FixedDecimal(raw: 1)...100, unit: "%")
            try reader.finish()
        }

        var journalPath: String?
        if let reader = try root.object("journal") {
            journalPath = try reader.optionalString("sqlite")
            try reader.finish()
        }

        var strategy: String?
        var parameters: [String: String] = [:]
        if let reader = try root.object("strategy") {
            strategy = try reader.string("name")
            parameters = try reader.stringMap("params")
            try reader.finish()
        }

        var secrets: [String: SecretReference] = [:]
        if let reader = try root.object("secrets") {
            secrets = try SecretReference.parseAll(reader)
        }
        try root.finish()
        return TradingConfig(bot: bot, mode: mode, capital: capital, instrument: instrument, paper: paper, risk: risk,
                             journalPath: journalPath, strategy: strategy, strategyParameters: parameters, secrets: secrets)
    }

    /// Foundation's JSON errors carry the useful part (line and column) in their context.
    static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return "\(error)"
    }

    /// The configuration as log lines: what the bot runs with, secrets as their sources only.
    public var summary: [String] {
        var lines = ["bot \(bot.name) (customer \(bot.customerID)), mode \(mode.rawValue), capital \(capital)"]
        if let instrument {
            lines.append("instrument \(instrument.symbol).\(instrument.venue) \(instrument.kind.rawValue) leverage \(instrument.leverage)x")
        }
        lines.append("paper fees maker \(paper.makerFee * 10_000) bps, taker \(paper.takerFee * 10_000) bps")
        lines.append("risk: " + risk.summary)
        if let strategy {
            let params = strategyParameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            lines.append("strategy \(strategy) \(params)")
        }
        if let journalPath { lines.append("journal \(journalPath)") }
        for (name, reference) in secrets.sorted(by: { $0.key < $1.key }) { lines.append("secret \(name) from \(reference)") }
        return lines
    }
}
