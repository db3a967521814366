import Foundation
import GRDB
import Testing

@Suite("miyamoto-backtest")
struct BacktestCLITests {
    @Test("the README's main job: a backtest of bundled BTC data prints a summary with more than 10 trades")
    func mainJob() throws {
        let out = CLI.temporaryDirectory()
        let result = try CLI.run("miyamoto-backtest", ["Examples/Data/BTCUSDT-1h.csv", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Final equity"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))) as! [String: Any]
        for key in ["trades", "win_rate", "total_return", "max_drawdown", "sharpe", "sortino", "final_equity"] {
            #expect(report[key] != nil, "report.json lacks \(key)")
        }
        #expect((report["trades"] as? Int ?? 0) > 10)
        let csv = try String(contentsOfFile: out + "/trades.csv", encoding: .utf8)
        #expect(csv.split(separator: "\n").count == (report["trades"] as? Int ?? 0) + 1)
        #expect(try String(contentsOfFile: out + "/equity.svg", encoding: .utf8).hasPrefix("<svg"))
        #expect(FileManager.default.fileExists(atPath: out + "/journal.sqlite"))
    }

    @Test("a malformed CSV row stops the run, naming the file and line")
    func malformedCSV() throws {
        let directory = CLI.temporaryDirectory()
        let path = directory + "/bad.csv"
        try "timestamp,open,high,low,close,volume\n1700000000000,1,1,1,1,0\n1700000060000,1,x,1,1,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run("miyamoto-backtest", [path, "--out", directory + "/out"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv:3: column 'high': 'x' is not a number"))
    }

    @Test("an unknown strategy or parameter lists the valid ones")
    func unknownNames() throws {
        let strategy = try CLI.run("miyamoto-backtest", ["Examples/Data/BTCUSDT-1d.csv", "--strategy", "rsi-magic"])
        #expect(strategy.status != 0)
        #expect(strategy.stderr.contains("unknown strategy 'rsi-magic'; available: sma-cross"))
        let parameter = try CLI.run("miyamoto-backtest", ["Examples/Data/BTCUSDT-1d.csv", "--param", "fsat=5"])
        #expect(parameter.status != 0)
        #expect(parameter.stderr.contains("unknown parameter 'fsat' for sma-cross; valid: fast, slow, long_only"))
    }

    @Test("a bad config names the field")
    func badConfig() throws {
        let directory = CLI.temporaryDirectory()
        let path = directory + "/trading_config.json"
        try #"{"bot": {"name": "x"}, "risk": {"daily_loss_limit_usd": -5}}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run("miyamoto-backtest", ["Examples/Data/BTCUSDT-1d.csv", "--config", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("risk.daily_loss_limit_usd: must be greater than 0"))
    }

    @Test("--help teaches the CSV format, the fill rule and the outputs")
    func help() throws {
        let result = try CLI.run("miyamoto-backtest", ["--help"])
        #expect(result.status == 0)
        for phrase in ["timestamp,open,high,low,close,volume", "next candle's open", "report.json", "--fee-bps", "sma-cross"] {
            #expect(result.stdout.contains(phrase), "help lacks \(phrase)")
        }
    }
}
