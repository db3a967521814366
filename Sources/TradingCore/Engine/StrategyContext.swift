public import Logging

/// A strategy's window onto the engine: the time, the account, its orders, and the ways to
/// act (orders, timers, subscriptions). Valid only inside the engine's callbacks.
public final class StrategyContext {
    unowned(unsafe) let engine: TradingEngine

    init(engine: TradingEngine) {
        self.engine = engine
    }

    /// The engine's time (the event's time in a backtest).
    public var now: Timestamp { engine.now }
    /// The bot's logger.
    public var logger: Logger { engine.logger }
    /// Account, positions and last prices.
    public var portfolio: Portfolio { engine.portfolio }
    /// Balance plus unrealised P&L.
    public var equity: Money { engine.portfolio.equity }
    /// Whether a risk layer (or a person) has paused trading; orders adding exposure are refused.
    public var isPaused: Bool { engine.risk.state.paused }

    /// The open position in `instrument`, if any.
    public func position(_ instrument: InstrumentID) -> Position? { engine.portfolio.position(instrument) }
    /// The last known price of `instrument`.
    public func lastPrice(_ instrument: InstrumentID) -> Price? { engine.portfolio.mark(of: instrument) }
    /// The instrument registered under `id`.
    public func instrument(_ id: InstrumentID) -> Instrument? { engine.instrument(id) }

    // MARK: Orders

    /// Places an order. It comes back `.rejected` (see `reason`) when validation or risk refuses
    /// it; otherwise the venue's answers follow as `onOrderUpdate` and `onFill`.
    @discardableResult
    public func submit(_ request: OrderRequest) -> Order {
        do {
            return try engine.place(request)
        } catch {
            var order = Order(id: request.clientOrderID ?? "unsent", request: request, status: .rejected, createdAt: now)
            order.reason = "\(error)"
            return order
        }
    }

    /// A market order for a base quantity.
    @discardableResult
    public func buy(_ quantity: Quantity, of instrument: InstrumentID, tag: String? = nil) -> Order {
        submit(.market(.buy, quantity, of: instrument, tag: tag))
    }

    /// A market order selling a base quantity.
    @discardableResult
    public func sell(_ quantity: Quantity, of instrument: InstrumentID, tag: String? = nil) -> Order {
        submit(.market(.sell, quantity, of: instrument, tag: tag))
    }

    /// Closes the whole position in `instrument` with a reduce-only market order.
    @discardableResult
    public func close(_ instrument: InstrumentID, tag: String? = nil) -> Order? {
        guard let position = position(instrument) else { return nil }
        return submit(.market(position.side == .long ? .sell : .buy, position.size, of: instrument, reduceOnly: true, tag: tag))
    }

    /// Asks the venue to cancel an order.
    public func cancel(_ id: ClientOrderID) { engine.requestCancel(id) }

    /// Cancels every open order (of `instrument`, when given).
    public func cancelAll(_ instrument: InstrumentID? = nil) {
        for order in openOrders(instrument) { engine.requestCancel(order.id) }
    }

    /// Open orders (of `instrument`, when given), in submission order.
    public func openOrders(_ instrument: InstrumentID? = nil) -> [Order] {
        engine.openOrders.filter { instrument == nil || $0.instrument == instrument }
    }

    /// Any order by id.
    public func order(_ id: ClientOrderID) -> Order? { engine.order(id) }

    /// Sets the leverage new positions in `instrument` open at.
    public func setLeverage(_ leverage: Int, for instrument: InstrumentID) throws {
        try engine.venue.setLeverage(leverage, for: instrument)
    }

    /// The largest quantity the position-size risk layer allows at `price`, for `instrument` at
    /// its current leverage; nil when that layer is off.
    public func maxRiskQuantity(for instrument: InstrumentID, at price: Price) -> Quantity? {
        guard let rule = engine.risk.rules.lazy.compactMap({ $0 as? PositionSizeRule }).first,
              let spec = engine.instrument(instrument), price > 0 else { return nil }
        let margin = equity * rule.maxPercentOfEquity / 100
        let quantity = margin * FixedDecimal(engine.venue.leverage(for: instrument)) / price
        return quantity.rounded(toMultipleOf: spec.lotSize, .down)
    }

    // MARK: Data and time

    /// Delivers `timeframe` candles of `instrument`, built from its base series and each
    /// delivered only once closed.
    public func subscribe(_ timeframe: Timeframe, of instrument: InstrumentID) {
        var list = engine.aggregators[instrument] ?? []
        guard !list.contains(where: { $0.timeframe == timeframe }) else { return }
        list.append(CandleAggregator(timeframe: timeframe))
        list.sort { $0.timeframe < $1.timeframe }
        engine.aggregators[instrument] = list
    }

    /// Fires `onTimer` at `time` (replacing a timer of the same name).
    public func setTimer(_ name: String, at time: Timestamp) {
        engine.timers.set(name, at: time)
    }

    /// Fires `onTimer` every `interval`, first at `start` (default: now + interval).
    public func setTimer(_ name: String, every interval: Duration, startingAt start: Timestamp? = nil) {
        engine.timers.set(name, at: start ?? now + interval, every: interval)
    }

    public func cancelTimer(_ name: String) {
        engine.timers.cancel(name)
    }
}
