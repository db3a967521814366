// Reading a journal: every bot in it, its trades, its risk state. The journal is an ordinary
// SQLite file in WAL mode, so this works while a bot is writing to it.
//
//   swift run miyamoto-backtest Examples/Data/BTCUSDT-1h.csv     # writes backtest-out/journal.sqlite
//   swift run example-read-journal [backtest-out/journal.sqlite]
//
// The same data from the sqlite3 shell:
//   sqlite3 backtest-out/journal.sqlite "SELECT bot_name, COUNT(*), SUM(CAST(pnl AS REAL)) FROM trades GROUP BY bot_name"
import TradingCore

let path = CommandLine.arguments.dropFirst().first ?? "backtest-out/journal.sqlite"
let journal = try SQLiteTradeStore(readingFrom: path)

for bot in try journal.bots() {
    let trades = try journal.trades(bot: bot.name)
    let pnl = trades.reduce(Money.zero) { $0 + $1.pnl }
    let wins = trades.filter { $0.pnl.isPositive }.count
    print("\(bot.name) (customer \(bot.customerID)): \(trades.count) trades, \(wins) won, net P&L \(pnl.formatted(decimals: 2))")
    for trade in trades.suffix(3) {
        print("  \(trade.timestamp.logText)  \(trade.side.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0)) \(trade.quantity) \(trade.symbol) \(trade.entryPrice) → \(trade.exitPrice)  \(trade.pnl.formatted(decimals: 2))  \(trade.closeReason)")
    }
    if let risk = try journal.riskState(bot: bot.name), risk.paused {
        print("  PAUSED since \(risk.pausedAt?.logText ?? "?"): \(risk.pauseReason ?? "")")
    }
    if let last = try journal.equitySnapshots(bot: bot.name).last {
        print("  equity \(last.equity.formatted(decimals: 2)) at \(last.timestamp.logText)")
    }
}
