// The backtest benchmark behind docs/PERFORMANCE.md. Release build only:
//
//   python3 scripts/bench/synthetic_candles.py 1000000 bench-data/candles-1m.csv
//   swift run -c release miyamoto-bench bench-data/candles-1m.csv
//
// Times, in-process, over the same file: CSV parsing alone; the sma-cross backtest with CSV
// parsing included (parsed ahead on a second thread; orders, fills, portfolio accounting and the
// equity curve; no journal); the same over candles already in memory; and with the SQLite
// journal. Each runs `--runs` times (default 5); the best and the median are printed.
import Foundation
import SMACross
import TradingCore

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    print("usage: miyamoto-bench CANDLES.csv [--runs N]")
    exit(64)
}
let runs = arguments.firstIndex(of: "--runs").flatMap { index in
    index + 1 < arguments.endIndex ? Int(arguments[index + 1]) : nil
} ?? 5
MiyamotoLogHandler.bootstrap(level: .warning)
let instrument = Instrument.perpetual("BENCH", venue: "BACKTEST", maintenanceMarginRate: 0)
let clock = LiveClock()

@MainActor func measure(_ name: String, _ body: () throws -> Int) rethrows {
    var rates: [Double] = []
    var count = 0
    for _ in 0..<runs {
        let start = clock.now
        count = try body()
        let seconds = Double((clock.now - start).nanosecondsValue) / 1e9
        rates.append(Double(count) / seconds)
    }
    rates.sort()
    let median = rates[rates.count / 2]
    print("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(count) candles  best \(Int(rates.last!)) /s  median \(Int(median)) /s")
}

try measure("CSV parsing only") {
    let reader = try CandleCSVReader(path: path, instrument: instrument.id)
    var count = 0
    while try reader.next() != nil { count += 1 }
    return count
}

func backtest(journal: String?) throws -> Int {
    let strategy = SMACross(instrument: instrument.id, parameters: try SMACross.Parameters(fast: 20, slow: 50))
    let configuration = BacktestConfiguration(instrument: instrument, capital: 10_000,
                                              venue: PaperVenueConfiguration(makerFee: 0.0002, takerFee: 0.0005),
                                              journalPath: journal)
    let result = try Backtest(configuration: configuration, strategy: strategy)
        .run(try PrefetchingCandleSource(path: path, instrument: instrument.id))
    return result.candles
}

try measure("sma-cross backtest, CSV included") { try backtest(journal: nil) }
let candles = try CandleCSVReader.readAll(path: path, instrument: instrument.id)
try measure("sma-cross backtest, candles in memory") {
    let strategy = SMACross(instrument: instrument.id, parameters: try SMACross.Parameters(fast: 20, slow: 50))
    let configuration = BacktestConfiguration(instrument: instrument, capital: 10_000,
                                              venue: PaperVenueConfiguration(makerFee: 0.0002, takerFee: 0.0005))
    return try Backtest(configuration: configuration, strategy: strategy).run(ArrayCandleSource(candles)).candles
}
let directory = NSTemporaryDirectory() + "miyamoto-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
var run = 0
try measure("sma-cross backtest + SQLite journal") {
    run += 1
    return try backtest(journal: "\(directory)/journal-\(run).sqlite")
}
try? FileManager.default.removeItem(atPath: directory)
