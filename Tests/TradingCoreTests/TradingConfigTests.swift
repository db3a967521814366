import Foundation
import Testing
import TradingCore

@Suite("trading_config.json")
struct TradingConfigTests {
    let valid = """
    {
      "bot": {"name": "btc-sma", "customer_id": "acme"},
      "mode": "paper",
      "capital": 5000,
      "instrument": {"symbol": "BTCUSDT", "venue": "BINANCE", "kind": "perpetual", "leverage": 3},
      "paper": {"maker_fee_bps": 1, "taker_fee_bps": 4.5, "slippage_bps": 2, "latency_ms": 50},
      "risk": {"position_size_pct": 3, "stop_loss_pct": 2.5, "take_profit_pct": 6, "max_concurrent_positions": 3,
               "daily_loss_limit_usd": 100, "max_consecutive_losses": 3, "max_drawdown_pct": 15},
      "journal": {"sqlite": "journal.sqlite"},
      "strategy": {"name": "sma-cross", "params": {"fast": 20, "slow": 50}},
      "secrets": {"hyperliquid_key": {"env": "HL_KEY"}}
    }
    """

    func parse(_ text: String) throws -> TradingConfig { try TradingConfig.parse(Data(text.utf8)) }

    func problem(_ text: String) -> ConfigError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    @Test("a complete configuration decodes into typed settings")
    func decodes() throws {
        let config = try parse(valid)
        #expect(config.bot == BotIdentity(name: "btc-sma", customerID: "acme"))
        #expect(config.mode == .paper)
        #expect(config.capital == 5000)
        #expect(config.instrument?.leverage == 3)
        #expect(config.paper.takerFee == dec("0.00045"))
        #expect(config.risk == RiskLimits(positionSizePercent: 3, stopLossPercent: dec("2.5"), takeProfitPercent: 6,
                                          maxConcurrentPositions: 3, dailyLossLimit: 100, maxConsecutiveLosses: 3,
                                          maxDrawdownPercent: 15))
        #expect(config.strategyParameters == ["fast": "20", "slow": "50"])
        #expect(config.secrets == ["hyperliquid_key": .environment("HL_KEY")])
    }

    @Test("a misspelt risk key is refused, naming it and the valid keys")
    func unknownKey() {
        let error = problem(valid.replacingOccurrences(of: "\"stop_loss_pct\"", with: "\"stop_los_pct\""))
        #expect(error?.field == "risk.stop_los_pct")
        #expect(error?.message.contains("valid keys here:") == true)
        #expect(error?.message.contains("stop_loss_pct") == true)
    }

    @Test("an out-of-range value names the field and the allowed range")
    func outOfRange() {
        let error = problem(valid.replacingOccurrences(of: "\"max_drawdown_pct\": 15", with: "\"max_drawdown_pct\": 150"))
        #expect(error?.description == "risk.max_drawdown_pct: must be greater than 0 and at most 100% (got 150)")
    }

    @Test("a value of the wrong type names the field")
    func wrongType() {
        let error = problem(valid.replacingOccurrences(of: "\"max_concurrent_positions\": 3", with: "\"max_concurrent_positions\": \"three\""))
        #expect(error?.field == "risk.max_concurrent_positions")
        #expect(error?.message.contains("whole number") == true)
    }

    @Test("an enumerated setting lists its allowed values")
    func allowedValues() {
        let error = problem(valid.replacingOccurrences(of: "\"mode\": \"paper\"", with: "\"mode\": \"real\""))
        #expect(error?.description == "mode: 'real' is not allowed; use one of: backtest, paper, live")
    }

    @Test("leverage on a spot instrument is refused")
    func spotLeverage() {
        let error = problem(valid.replacingOccurrences(of: "\"kind\": \"perpetual\"", with: "\"kind\": \"spot\""))
        #expect(error?.field == "instrument.leverage")
    }

    @Test("broken JSON says where")
    func brokenJSON() {
        let error = problem("{\n  \"bot\": {\"name\": \"x\"},\n  \"capital\": ,\n}")
        #expect(error?.message.hasPrefix("not valid JSON") == true)
    }

    @Test("a missing bot section says what to write")
    func missingBot() {
        #expect(problem("{}")?.field == "bot")
    }

    @Test("a secret value in the config is refused: only its source is allowed")
    func secretValueRefused() {
        let error = problem(valid.replacingOccurrences(of: "{\"env\": \"HL_KEY\"}", with: "{\"value\": \"0xabc\"}"))
        #expect(error?.field == "secrets.hyperliquid_key.value")
    }

    @Test("secrets load from the environment, and from 0600 files only")
    func secretSources() throws {
        let secret = try SecretReference.environment("HL_KEY").load(environment: ["HL_KEY": "s3cret"])
        #expect(secret.reveal() == "s3cret")
        #expect("\(secret)" == "<redacted>" && String(reflecting: secret) == "Secret(<redacted>)")
        #expect(throws: ConfigError.self) { try SecretReference.environment("MISSING").load(environment: [:]) }

        let path = temporaryFile("file-secret\n", name: "key")
        chmod(path, 0o644)
        #expect { try SecretReference.file(path).load() } throws: { "\($0)".contains("chmod 600") }
        chmod(path, 0o600)
        #expect(try SecretReference.file(path).load().reveal() == "file-secret")
    }

    @Test("the startup summary names secrets' sources, never their values")
    func summary() throws {
        let lines = try parse(valid).summary
        #expect(lines.contains("secret hyperliquid_key from environment variable HL_KEY"))
        #expect(lines.contains { $0.hasPrefix("risk: size 3%, stop 2.5%") })
    }
}
