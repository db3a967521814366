public import Logging

/// The trading engine: one event loop, one writer.
///
/// Market data, timers and venue reports are processed one at a time, in order, on the
/// caller's thread. Strategies are synchronous callbacks; orders they place are checked by the
/// risk layers, journaled, and only then sent to the venue. Fills are journaled before the
/// portfolio, the risk state or any strategy sees them. The same engine runs backtests (a
/// simulated clock and the paper venue), paper trading and live trading.
public final class TradingEngine {
    public let configuration: EngineConfiguration
    public let venue: any ExecutionVenue
    public let logger: Logger
    let clock: any Clock
    let simulatedClock: SimulatedClock?
    let store: (any TradeStore)?
    let notifier: (any Notifier)?

    // Hot state carries @exclusivity(unchecked): the engine runs on one thread and never lends
    // a property inout across a callback, and the dynamic checks cost about a sixth of the time
    // of an event in a backtest (docs/PERFORMANCE.md).

    /// The engine's current time: the clock's, moved to each event in simulated mode.
    @exclusivity(unchecked) public internal(set) var now: Timestamp
    /// The account as the engine knows it.
    @exclusivity(unchecked) public internal(set) var portfolio: Portfolio
    /// The risk layers and their state.
    @exclusivity(unchecked) public internal(set) var risk: RiskManager
    /// Equity after every event, when `configuration.recordsHistory` is set.
    @exclusivity(unchecked) public internal(set) var equityCurve = EquityCurve()
    /// Round trips closed in this run, when `configuration.recordsHistory` is set.
    public internal(set) var closedTrades: [TradeRecord] = []

    public enum State: String, Sendable {
        case created, running, stopped
        /// A journal write failed: nothing further is acted on.
        case halted
    }
    @exclusivity(unchecked) public internal(set) var state: State = .created

    var instruments: [InstrumentID: Instrument] = [:]
    var strategies: [any Strategy] = []
    var context: StrategyContext!
    var orders: [ClientOrderID: Order] = [:]
    /// Open orders in submission order.
    var openOrderIDs: [ClientOrderID] = []
    /// The risk layers' stop-loss and take-profit orders, per instrument.
    var protectiveOrderIDs: [InstrumentID: [ClientOrderID]] = [:]
    @exclusivity(unchecked) var timers = TimerQueue()
    @exclusivity(unchecked) var aggregators: [InstrumentID: [CandleAggregator]] = [:]
    @exclusivity(unchecked) var reports: [ExecutionReport] = []
    @exclusivity(unchecked) var reportCursor = 0
    @exclusivity(unchecked) var isDraining = false
    @exclusivity(unchecked) var inCallback = false
    @exclusivity(unchecked) var batch = JournalBatch()
    var orderSequence = 0
    @exclusivity(unchecked) var lastSnapshotTime: Timestamp?
    var riskStateDirty = false
    let tracksEquity: Bool
    /// Whether a journal is attached (checked on every event; cheaper than the optional existential).
    let journals: Bool

    /// Creates an engine for one bot.
    /// - Parameters:
    ///   - venue: where orders go (`PaperVenue` for backtests and paper trading).
    ///   - instruments: what may be traded; orders for others are refused.
    ///   - clock: a `SimulatedClock` for backtests and replays, `LiveClock()` otherwise.
    ///   - store: the journal; nil keeps nothing (a quick backtest).
    ///   - notifier: where risk alerts go, besides the log.
    public init(configuration: EngineConfiguration, venue: any ExecutionVenue, instruments: [Instrument],
                clock: any Clock, store: (any TradeStore)? = nil, notifier: (any Notifier)? = nil,
                logger: Logger = Logger(label: "engine")) {
        self.configuration = configuration
        self.venue = venue
        self.clock = clock
        self.simulatedClock = clock as? SimulatedClock
        self.store = store
        self.notifier = notifier
        self.logger = logger
        self.now = clock.now
        self.portfolio = Portfolio(initialCapital: configuration.initialCapital)
        self.risk = RiskManager(rules: configuration.risk.rules + configuration.customRiskRules)
        self.tracksEquity = configuration.recordsHistory || risk.watchesEquity
        self.journals = store != nil
        for instrument in instruments { self.instruments[instrument.id] = instrument }
        self.context = StrategyContext(engine: self)
    }

    /// Adds a strategy; call before `start`.
    public func add(_ strategy: any Strategy) {
        precondition(state == .created, "add strategies before start()")
        strategies.append(strategy)
    }

    /// Adds an instrument that may be traded.
    public func register(_ instrument: Instrument) {
        instruments[instrument.id] = instrument
    }

    /// The instrument registered under `id`.
    public func instrument(_ id: InstrumentID) -> Instrument? { instruments[id] }

    // MARK: Lifecycle

    /// Recovers from the journal (positions, open orders, risk state and pause), then starts
    /// the strategies.
    public func start() throws {
        guard state == .created else { throw EngineError.notRunning(state.rawValue) }
        let bot = configuration.bot
        logger.info("starting \(bot.name) (customer \(bot.customerID)) on \(venue.name): capital \(configuration.initialCapital), instruments \(instruments.keys.map(\.description).sorted().joined(separator: ", ")), \(strategies.count) strategies, risk \(configuration.risk.summary)\(configuration.customRiskRules.isEmpty ? "" : " + \(configuration.customRiskRules.map(\.name).joined(separator: ", "))"), journal \(journals ? "on" : "off")")
        try recover()
        state = .running
        if risk.state.peakEquity.isZero { risk.observePeakAtStart(portfolio.equity) }
        dispatch { for strategy in strategies { strategy.onStart(context) } }
    }

    /// Processes one event: fires the timers due by its time, lets a simulated venue match
    /// orders against it, then hands it to the strategies.
    public func process(_ event: Event) throws {
        if case .candle(let candle) = event { return try process(candle) }
        guard state == .running else { throw EngineError.notRunning(state.rawValue) }
        advance(to: event.timestamp)
        if !timers.isEmpty { try fireTimers() }
        switch event {
        case .candle:
            break // handled above
        case .trade(let trade):
            venue.process(event, reports: &reports)
            if !reports.isEmpty { try drain() }
            portfolio.mark(trade.instrument, at: trade.price)
            dispatch { for strategy in strategies { strategy.onTrade(trade, context) } }
        case .quote(let quote):
            venue.process(event, reports: &reports)
            if !reports.isEmpty { try drain() }
            portfolio.mark(quote.instrument, at: quote.mid)
            dispatch { for strategy in strategies { strategy.onQuote(quote, context) } }
        case .oracle(let price):
            dispatch { for strategy in strategies { strategy.onOraclePrice(price, context) } }
        case .funding:
            venue.process(event, reports: &reports)
        case .execution(let report):
            reports.append(report)
        case .clock(let time):
            for instrument in Array(aggregators.keys) {
                for index in aggregators[instrument]!.indices {
                    if let closed = aggregators[instrument]![index].close(at: time) { deliver(closed) }
                }
            }
        }
        if !reports.isEmpty { try drain() }
        try afterEvent()
    }

    /// Processes a closed candle (the same as `process(.candle(candle))`, without the wrapping):
    /// the venue matches orders along its path, then the strategies see it and any larger
    /// timeframe it closes.
    public func process(_ candle: Candle) throws {
        guard state == .running else { throw EngineError.notRunning(state.rawValue) }
        advance(to: candle.closeTime)
        if !timers.isEmpty { try fireTimers() }
        venue.process(candle: candle, reports: &reports)
        if !reports.isEmpty { try drain() }
        portfolio.mark(candle.instrument, at: candle.close)
        deliver(candle)
        if !aggregators.isEmpty, aggregators[candle.instrument] != nil {
            for index in aggregators[candle.instrument]!.indices {
                for closed in aggregators[candle.instrument]![index].add(candle) { deliver(closed) }
            }
        }
        if !reports.isEmpty { try drain() }
        try afterEvent()
    }

    /// Stops the strategies and commits the journal. `reason` is logged as the shutdown reason.
    public func stop(reason: String) throws {
        guard state == .running else { return }
        dispatch { for strategy in strategies { strategy.onStop(context) } }
        try drain()
        batch.riskState = risk.state
        appendEquitySnapshot()
        try commit()
        try store?.flush()
        state = .stopped
        logger.info("stopped: \(reason)")
    }

    /// Adds a point to the equity curve now, without an event (the start of a backtest).
    public func recordEquity(at time: Timestamp) {
        guard configuration.recordsHistory else { return }
        equityCurve.record(time, equity: portfolio.equity.doubleValue, exposed: portfolio.hasPositions)
    }

    /// The end of a backtest: cancels open orders (they can no longer fill), then closes every
    /// position at the last price with fills tagged `tag`, and records the final equity.
    public func settleAtLastPrice(tag: String) throws {
        for id in openOrderIDs { requestCancel(id) }
        try drain()
        try closeAllPositions(tag: tag)
        (venue as? any SimulatedVenue)?.fillMarketOrdersAtLastPrice(at: now, reports: &reports)
        try drain()
        try afterEvent()
    }

    // MARK: Time

    func advance(to time: Timestamp) {
        if let simulatedClock {
            simulatedClock.advance(to: time)
            now = simulatedClock.now
        } else {
            now = clock.now
        }
    }

    func fireTimers() throws {
        while let timer = timers.popDue(atOrBefore: now) {
            dispatch { for strategy in strategies { strategy.onTimer(timer, context) } }
            try drain()
        }
    }

    /// The next time a timer is due (a live runner sleeps until then).
    public var nextTimerDue: Timestamp? { timers.nextDue }

    // MARK: Strategy callbacks

    /// Runs strategy callbacks; reports they cause are handled after they return, never
    /// re-entrantly inside them.
    func dispatch(_ body: () -> Void) {
        let nested = inCallback
        inCallback = true
        body()
        inCallback = nested
    }

    func deliver(_ candle: Candle) {
        dispatch { for strategy in strategies { strategy.onCandle(candle, context) } }
    }

    // MARK: After each event

    func afterEvent() throws {
        if tracksEquity {
            let equity = portfolio.equity
            if configuration.recordsHistory {
                equityCurve.record(now, equity: equity.doubleValue, exposed: portfolio.hasPositions)
            }
            if risk.watchesEquity {
                if risk.observePeak(equity) { riskStateDirty = true }
                if let violation = risk.afterMark(riskSnapshot(equity: equity)) {
                    try pause(violation)
                    try drain() // the cancels it sent
                }
            }
        }
        if journals {
            let due = lastSnapshotTime.map { now - $0 >= configuration.snapshotInterval } ?? true
            if due {
                appendEquitySnapshot()
                if riskStateDirty { batch.riskState = risk.state }
                try commit()
            }
        }
    }

    func appendEquitySnapshot() {
        guard journals else { return }
        batch.equity.append(EquitySnapshot(timestamp: now, equity: portfolio.equity, balance: portfolio.balance,
                                           unrealizedPnL: portfolio.unrealizedPnL, marginUsed: portfolio.marginUsed))
        lastSnapshotTime = now
    }

    /// Commits the pending journal batch; a failure halts the engine.
    func commit() throws {
        guard !batch.isEmpty else { return }
        defer { batch.removeAll() }
        guard let store else { return }
        if batch.riskState != nil { riskStateDirty = false }
        do {
            try store.write(batch, for: configuration.bot)
        } catch {
            state = .halted
            logger.error("journal write failed, engine halted: \(error)")
            notify(.critical, "Journal failure", "journal write failed; the engine stopped acting: \(error)")
            throw EngineError.journal(error)
        }
    }

    func notify(_ level: AlertLevel, _ title: String, _ message: String) {
        notifier?.notify(Alert(level: level, bot: configuration.bot.name, title: title, message: message, time: now))
    }
}

extension RiskManager {
    /// Seeds the drawdown peak with the starting equity.
    mutating func observePeakAtStart(_ equity: Money) { _ = observePeak(equity) }
}
