import Foundation
import GRDB
import Testing
import TradingCore

@Suite("Crash consistency and restarts, across processes")
struct CrashConsistencyTests {
    /// A long seeded random walk of 1-minute candles, so a debug build runs for many seconds.
    static func writeLongCSV(to path: String, rows: Int) throws {
        var state: UInt64 = 20_261_125
        var price = 30_000.0
        var text = "timestamp,open,high,low,close,volume\n"
        text.reserveCapacity(rows * 60)
        for index in 0..<rows {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let step = (Double(state >> 11) / Double(1 << 53) - 0.5) * 60
            let open = price
            price = max(1000, price + step)
            let high = max(open, price) + 5, low = min(open, price) - 5
            let time = 1_700_000_000_000 + Int64(index) * 60_000
            text += "\(time),\(String(format: "%.2f", open)),\(String(format: "%.2f", high)),\(String(format: "%.2f", low)),\(String(format: "%.2f", price)),1.5\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test("kill -9 of a running backtest leaves a journal that opens cleanly with every committed trade intact")
    func killNine() throws {
        let directory = CLI.temporaryDirectory()
        let csv = directory + "/long.csv"
        try Self.writeLongCSV(to: csv, rows: 400_000)
        let journal = directory + "/journal.sqlite"
        let (process, _, _) = try CLI.start("miyamoto-backtest", [
            csv, "--param", "fast=3", "--param", "slow=7", "--out", directory + "/out",
            "--journal", journal, "--bot-name", "killed", "--quiet",
        ])
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && process.isRunning {
            if FileManager.default.fileExists(atPath: journal),
               let count = try? SQLiteTradeStore(readingFrom: journal).trades(bot: "killed").count, count >= 200 {
                committed = count
                break
            }
            usleep(20_000)
        }
        #expect(process.isRunning, "the backtest finished before it could be killed; make the data longer")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(committed >= 200)

        let store = try SQLiteTradeStore(path: journal)
        let integrity = try store.database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        let trades = try store.trades(bot: "killed")
        #expect(trades.count >= committed)

        // Every trade was committed with its fills: replaying the fills gives exactly the trades' P&L
        // (less the fees of a position still open when the process died).
        let recovery = try store.open(BotIdentity(name: "killed"), initialCapital: 10_000, at: Timestamp(seconds: 0))
        #expect(!recovery.isNew)
        let replayed = Portfolio.replaying(initialCapital: recovery.initialCapital, events: recovery.ledger)
        let openFees = replayed.positions.values.reduce(Money.zero) { $0 + $1.fees }
        let tradePnL = trades.reduce(Money.zero) { $0 + $1.pnl }
        #expect(replayed.balance - recovery.initialCapital == tradePnL - openFees)
        let fills = try store.fills(bot: "killed")
        let orders = Set(try store.orders(bot: "killed").map(\.id))
        #expect(fills.allSatisfy { orders.contains($0.orderID) })
    }

    @Test("a risk pause survives a restart: a second process on the same journal stays paused")
    func pauseSurvivesRestartAcrossProcesses() throws {
        let directory = CLI.temporaryDirectory()
        let config = directory + "/trading_config.json"
        try #"{"bot": {"name": "ignored"}, "risk": {"max_consecutive_losses": 1}}"#.write(toFile: config, atomically: true, encoding: .utf8)
        let arguments = ["Examples/Data/BTCUSDT-1d.csv", "--config", config, "--journal", directory + "/journal.sqlite",
                         "--bot-name", "restarted", "--out", directory + "/out", "--quiet"]
        let first = try CLI.run("miyamoto-backtest", arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("PAUSED by consecutive_losses"))
        let before = try SQLiteTradeStore(readingFrom: directory + "/journal.sqlite").trades(bot: "restarted").count

        let second = try CLI.run("miyamoto-backtest", arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("still paused since"))
        let store = try SQLiteTradeStore(readingFrom: directory + "/journal.sqlite")
        #expect(try store.trades(bot: "restarted").count == before)
        #expect(try store.riskState(bot: "restarted")?.paused == true)
    }
}
