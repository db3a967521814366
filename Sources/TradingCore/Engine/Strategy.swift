/// A trading strategy: synchronous callbacks on the engine's single thread.
///
/// The same strategy runs in a backtest, on paper and live; it sees market data and places
/// orders only through its `StrategyContext`, never a venue client. Every callback has an
/// empty default, so a strategy implements only what it uses.
public protocol Strategy: AnyObject {
    /// Once, before the first event: subscribe to timeframes, set timers, read recovered state.
    func onStart(_ context: StrategyContext)
    /// A closed candle: the base series and every timeframe subscribed to.
    func onCandle(_ candle: Candle, _ context: StrategyContext)
    func onTrade(_ trade: TradeTick, _ context: StrategyContext)
    func onQuote(_ quote: QuoteTick, _ context: StrategyContext)
    func onOraclePrice(_ price: OraclePrice, _ context: StrategyContext)
    /// One of the account's orders filled, journaled already.
    func onFill(_ fill: Fill, _ context: StrategyContext)
    /// One of the account's orders changed status (accepted, triggered, canceled, rejected…).
    func onOrderUpdate(_ order: Order, _ context: StrategyContext)
    func onTimer(_ timer: TimerEvent, _ context: StrategyContext)
    /// Once, when the engine stops.
    func onStop(_ context: StrategyContext)
}

extension Strategy {
    public func onStart(_ context: StrategyContext) {}
    public func onCandle(_ candle: Candle, _ context: StrategyContext) {}
    public func onTrade(_ trade: TradeTick, _ context: StrategyContext) {}
    public func onQuote(_ quote: QuoteTick, _ context: StrategyContext) {}
    public func onOraclePrice(_ price: OraclePrice, _ context: StrategyContext) {}
    public func onFill(_ fill: Fill, _ context: StrategyContext) {}
    public func onOrderUpdate(_ order: Order, _ context: StrategyContext) {}
    public func onTimer(_ timer: TimerEvent, _ context: StrategyContext) {}
    public func onStop(_ context: StrategyContext) {}
}

/// A timer firing: its name and the time it was due.
public struct TimerEvent: Sendable, Hashable {
    public var name: String
    public var scheduledAt: Timestamp
}
