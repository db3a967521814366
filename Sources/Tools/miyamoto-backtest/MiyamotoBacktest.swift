import ArgumentParser
import Foundation
import Logging
import TradingCore

@main
struct MiyamotoBacktest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miyamoto-backtest",
        abstract: "Backtest a strategy over CSV candles on the paper venue, with a report, a chart and a journal.",
        discussion: """
        The CSV needs the header timestamp,open,high,low,close,volume (any order; extra columns are \
        ignored), timestamps in Unix milliseconds (candle open time, UTC), rows in increasing time. \
        Malformed rows stop the run with their line number.

        Orders are market orders filled at the next candle's open; the taker fee (--fee-bps) is charged \
        on every fill. A position still open after the last candle is closed at the last close. \
        No risk rule applies unless a --config file enables one.

        Writes to --out: report.json (figures as fractions), trades.csv (one row per round trip), \
        equity.svg (equity curve, drawdown, trades), and journal.sqlite (every order, fill, trade and \
        equity snapshot; one bot per run).

        Strategies:
        \(StrategyCatalog.help)

        Examples:
          miyamoto-backtest Examples/Data/BTCUSDT-1h.csv
          miyamoto-backtest Examples/Data/ETHUSDT-4h.csv --strategy sma-cross --param fast=10 --param slow=30 --long-only
          miyamoto-backtest candles.csv --config trading_config.json --out runs/eth
        """)

    @Argument(help: "Candle CSV file (timestamp,open,high,low,close,volume; Unix ms).")
    var data: String

    @Option(help: "Strategy to run: \(StrategyCatalog.names.joined(separator: ", ")).")
    var strategy: String?

    @Option(name: .customLong("param"), help: ArgumentHelp("Strategy parameter, repeatable (e.g. --param fast=20 --param slow=50).", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: "Starting capital in the quote currency. [default: 10000, or the config's]")
    var capital: Double?

    @Option(name: .customLong("fee-bps"), help: "Taker fee in basis points, charged on each fill's notional. [default: 5, or the config's]")
    var feeBasisPoints: Double?

    @Option(name: .customLong("slippage-bps"), help: "Slippage on market fills, in basis points. [default: 0, or the config's]")
    var slippageBasisPoints: Double?

    @Flag(help: "Never go short: a cross below only closes the long.")
    var longOnly = false

    @Option(help: "trading_config.json: risk limits, fees, capital, strategy (flags given here win).")
    var config: String?

    @Option(help: "Symbol of the candles. [default: from the file name, e.g. BTCUSDT-1h.csv → BTCUSDT]")
    var symbol: String?

    @Option(help: "Candle interval (1m, 1h, 4h, 1d…). [default: inferred from the timestamps]")
    var timeframe: String?

    @Option(help: "Output directory.")
    var out = "backtest-out"

    @Option(help: "SQLite journal, or 'none'. [default: <out>/journal.sqlite]")
    var journal: String?

    @Option(help: "Name the run is journaled under. [default: <strategy>-<symbol>-<UTC time>]")
    var botName: String?

    @Flag(help: "Log every fill and trade (TRADE lines, in simulated time) to standard error.")
    var verbose = false

    @Flag(help: "Print only the summary (no progress bar, no file list).")
    var quiet = false

    mutating func run() throws {
        let settings = try loadConfig()
        let clock = SimulatedClock()
        MiyamotoLogHandler.bootstrap(level: verbose ? .info : .warning, clock: clock) // log lines in simulated time

        let strategyName = strategy ?? settings?.strategy ?? "sma-cross"
        guard let entry = StrategyCatalog.entry(strategyName) else {
            throw ValidationError("unknown strategy '\(strategyName)'; available: \(StrategyCatalog.names.joined(separator: ", "))")
        }
        var values = settings?.strategy == strategyName ? settings?.strategyParameters ?? [:] : [:]
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--param '\(parameter)' must be name=value, e.g. --param fast=20")
            }
            values[parts[0]] = parts[1]
        }
        let symbolName = symbol ?? settings?.instrument?.symbol ?? Self.symbol(fromFile: data)
        let instrumentKind = settings?.instrument?.kind ?? .perpetual
        let venueName = settings?.instrument?.venue ?? "BACKTEST"
        var instrument = instrumentKind == .perpetual
            ? Instrument.perpetual(symbolName, venue: venueName, maintenanceMarginRate: 0)
            : Instrument.spot(symbolName, venue: venueName)
        instrument.kind = instrumentKind
        let made: (any Strategy, String)
        do {
            made = try entry.make(instrument.id, values, longOnly)
        } catch {
            throw ValidationError("\(error)")
        }

        var venue = settings?.paper ?? PaperVenueConfiguration(makerFee: 0.0002, takerFee: 0.0005)
        if let feeBasisPoints {
            guard (0...1000).contains(feeBasisPoints) else { throw ValidationError("--fee-bps must be between 0 and 1000 (got \(feeBasisPoints))") }
            venue.takerFee = PaperVenueConfiguration.bps(FixedDecimal(feeBasisPoints))
        }
        if let slippageBasisPoints {
            guard (0...1000).contains(slippageBasisPoints) else { throw ValidationError("--slippage-bps must be between 0 and 1000 (got \(slippageBasisPoints))") }
            venue.slippage = slippageBasisPoints == 0 ? NoSlippage() : BasisPointSlippage(basisPoints: FixedDecimal(slippageBasisPoints))
        }
        let startingCapital: Money
        if let capital {
            guard capital > 0, capital < 1e15 else { throw ValidationError("--capital must be positive (got \(capital))") }
            startingCapital = FixedDecimal(capital)
        } else {
            startingCapital = settings?.capital ?? 10_000
        }
        var interval: Timeframe?
        if let timeframe {
            guard let parsed = Timeframe(timeframe) else { throw ValidationError("--timeframe '\(timeframe)' is not an interval; use e.g. 1m, 15m, 1h, 4h, 1d") }
            interval = parsed
        }

        let reader = try PrefetchingCandleSource(path: data, instrument: instrument.id, timeframe: interval)
        let journalPath = try resolveJournal(settings)
        let name = try botName ?? Self.runName(strategy: strategyName, symbol: symbolName)
        let backtest = try Backtest(
            configuration: BacktestConfiguration(
                bot: BotIdentity(name: name, customerID: settings?.bot.customerID ?? "default"), instrument: instrument,
                capital: startingCapital, leverage: settings?.instrument?.leverage ?? 1, venue: venue,
                risk: settings?.risk ?? .none, journalPath: journalPath),
            strategy: made.0, clock: clock, logger: Logger(label: "backtest"))

        let description = "\(strategyName) \(made.1)"
        let progressBar = !quiet && ProgressBar.isTerminal ? ProgressBar() : nil
        let result = try backtest.run(reader) { progressBar?.update($0) }
        progressBar?.finish()

        let fee = venue.takerFee * 10_000
        print("miyamoto-backtest · \(description) · \(result.heading)")
        print("capital \(startingCapital) · taker fee \(fee) bps · \(settings?.risk == nil || settings?.risk == RiskLimits.none ? "no risk rules" : "risk rules from \(config ?? "")") · journal \(journalPath ?? "none") (bot \(name))")
        print("")
        print(result.report.text)
        print("")
        try result.write(to: out, title: "\(symbolName) \(result.timeframe) · \(description)", metadata: [
            "strategy": strategyName, "parameters": made.1, "bot": name, "fee_bps": fee.description,
            "capital": startingCapital.description, "data": data,
        ])
        if !quiet {
            print("Wrote \(out)/report.json, \(out)/trades.csv (\(result.trades.count) trades), \(out)/equity.svg")
        }
    }

    private func loadConfig() throws -> TradingConfig? {
        guard let config else { return nil }
        do {
            return try TradingConfig.load(path: config)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    private func resolveJournal(_ settings: TradingConfig?) throws -> String? {
        let path = journal ?? settings?.journalPath ?? "\(out)/journal.sqlite"
        if path == "none" { return nil }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        return path
    }

    /// `Examples/Data/BTCUSDT-1h.csv` → `BTCUSDT`.
    static func symbol(fromFile path: String) -> String {
        let file = (path as NSString).lastPathComponent
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        let symbol = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? stem
        return symbol.isEmpty ? "UNKNOWN" : symbol.uppercased()
    }

    /// `sma-cross-BTCUSDT-20261125T091500Z`: one journal bot per run, nothing overwritten.
    static func runName(strategy: String, symbol: String) throws -> String {
        let stamp = LiveClock().now.iso8601.filter { $0 != "-" && $0 != ":" }
        let compact = stamp.split(separator: ".").first.map(String.init) ?? stamp
        return "\(strategy)-\(symbol)-\(compact.hasSuffix("Z") ? compact : compact + "Z")"
    }
}
