public import Logging

/// Where a backtest's candles come from (a CSV file, an array, a download).
public protocol CandleSource: AnyObject {
    /// The next candle in time order, or nil at the end.
    func next() throws -> Candle?
    /// How far through the data, 0...1, when known (for progress bars).
    var fractionRead: Double? { get }
}

extension CandleCSVReader: CandleSource {
    public var fractionRead: Double? { fileSize > 0 ? Double(bytesConsumed) / Double(fileSize) : nil }
}

/// Candles from memory.
public final class ArrayCandleSource: CandleSource {
    private let candles: [Candle]
    private var index = 0

    public init(_ candles: [Candle]) { self.candles = candles }

    public func next() throws -> Candle? {
        guard index < candles.count else { return nil }
        defer { index += 1 }
        return candles[index]
    }

    public var fractionRead: Double? { candles.isEmpty ? 1 : Double(index) / Double(candles.count) }
}

/// What a backtest needs besides its strategy and data.
public struct BacktestConfiguration: Sendable {
    public var bot: BotIdentity
    public var instrument: Instrument
    public var capital: Money
    /// Leverage of the positions (perpetuals).
    public var leverage: Int
    public var venue: PaperVenueConfiguration
    public var risk: RiskLimits
    /// The SQLite journal to write; nil keeps nothing on disk.
    public var journalPath: String?
    public var journalDurability: JournalDurability

    public init(bot: BotIdentity = BotIdentity(name: "backtest"), instrument: Instrument, capital: Money = 10_000,
                leverage: Int = 1, venue: PaperVenueConfiguration = PaperVenueConfiguration(), risk: RiskLimits = .none,
                journalPath: String? = nil, journalDurability: JournalDurability = .grouped(maxWrites: 256)) {
        self.bot = bot
        self.instrument = instrument
        self.capital = capital
        self.leverage = leverage
        self.venue = venue
        self.risk = risk
        self.journalPath = journalPath
        self.journalDurability = journalDurability
    }
}

/// Runs one strategy over historical candles on the paper venue, through the same engine as
/// paper and live trading, and reports the result.
public final class Backtest {
    public let configuration: BacktestConfiguration
    public let engine: TradingEngine
    public let clock: SimulatedClock

    /// - Parameter clock: the simulated clock the run moves (pass the one your log handler reads,
    ///   so log lines carry simulated time).
    public init(configuration: BacktestConfiguration, strategy: any Strategy, notifier: (any Notifier)? = nil,
                clock: SimulatedClock = SimulatedClock(), logger: Logger = Logger(label: "backtest")) throws {
        self.configuration = configuration
        var venueConfiguration = configuration.venue
        venueConfiguration.name = configuration.instrument.id.venue
        venueConfiguration.defaultLeverage = configuration.leverage
        let venue = PaperVenue(configuration: venueConfiguration, instruments: [configuration.instrument],
                               initialBalance: configuration.capital)
        let store: (any TradeStore)? = try configuration.journalPath.map {
            try SQLiteTradeStore(path: $0, durability: configuration.journalDurability)
        }
        self.clock = clock
        engine = TradingEngine(
            configuration: EngineConfiguration(bot: configuration.bot, initialCapital: configuration.capital,
                                               risk: configuration.risk, recordsHistory: true),
            venue: venue, instruments: [configuration.instrument], clock: clock, store: store, notifier: notifier,
            logger: logger)
        engine.add(strategy)
    }

    /// Processes every candle, then closes what is still open at the last close and reports.
    /// `progress` is called now and then with the fraction done.
    public func run(_ source: any CandleSource, progress: ((Double) -> Void)? = nil) throws -> BacktestResult {
        var count = 0
        var benchmark: [Double] = []
        let capital = configuration.capital.doubleValue
        var firstOpen = 1.0
        var span: (timeframe: Timeframe, first: Timestamp, last: Timestamp)?
        while let candle = try source.next() {
            if span == nil {
                span = (candle.timeframe, candle.openTime, candle.openTime)
                firstOpen = candle.open.doubleValue
                clock.advance(to: candle.openTime)
                try engine.start()
                engine.recordEquity(at: candle.openTime)
                benchmark.append(capital)
            }
            span!.last = candle.openTime
            benchmark.append(capital * candle.close.doubleValue / firstOpen) // one curve point per candle
            try engine.process(candle)
            count += 1
            if count & 0xFFFF == 0, let progress, let fraction = source.fractionRead { progress(fraction) }
        }
        guard let span else {
            throw EngineError.invalidConfiguration("no candles to backtest")
        }
        try engine.settleAtLastPrice(tag: "end_of_backtest")
        try engine.stop(reason: "end of data (\(count) candles)")
        progress?(1)
        let report = PerformanceReport(trades: engine.closedTrades, equity: engine.equityCurve, initialCapital: capital)
        return BacktestResult(report: report, trades: engine.closedTrades, equity: engine.equityCurve,
                              benchmark: benchmark.count == engine.equityCurve.count ? benchmark : nil,
                              candles: count, timeframe: span.timeframe, firstCandle: span.first,
                              lastCandle: span.last, instrument: configuration.instrument.id)
    }
}
