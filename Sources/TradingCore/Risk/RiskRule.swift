/// An order about to be sent that would add exposure, as the risk rules see it.
public struct OrderIntent: Sendable {
    public var order: Order
    public var instrument: Instrument
    /// The price the order is valued at: its limit or trigger price, else the last price.
    public var referencePrice: Price
    public var leverage: Int
    /// Margin the order commits: notional ÷ leverage (for an equity fraction, that fraction of equity).
    public var margin: Money
    /// Whether it would open a position where there is none (or flip one).
    public var opensPosition: Bool
}

/// The account as the risk rules see it when they run.
public struct RiskSnapshot: Sendable {
    public var now: Timestamp
    public var equity: Money
    public var state: RiskState
    /// Instruments with a position or an open order that would open one.
    public var exposedInstruments: Set<InstrumentID>
}

/// A rule's verdict that trading must stop: the order is refused and the bot paused.
public struct RiskViolation: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule's name (`daily_loss_limit`).
    public var rule: String
    public var message: String

    public init(rule: String, message: String) {
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(rule): \(message)" }
}

/// One composable layer of risk. Rules are stateless; the state they read (`RiskState`) is kept
/// by the `RiskManager` and journaled. Every hook has a default that does nothing.
public protocol RiskRule: Sendable {
    /// Stable name, used in logs, alerts and the journal.
    var name: String { get }
    /// Checks an order that adds exposure (reduce-only orders are never refused).
    func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation?
    /// Runs after a round trip closed (the state already counts it).
    func afterTrade(_ trade: TradeRecord, _ snapshot: RiskSnapshot) -> RiskViolation?
    /// Runs after equity was marked to market (the state's peak already includes it).
    func afterMark(_ snapshot: RiskSnapshot) -> RiskViolation?
    /// Exit orders protecting a position just opened or grown.
    func protectiveOrders(for position: Position, instrument: Instrument) -> [OrderRequest]
}

extension RiskRule {
    public func check(_ intent: OrderIntent, _ snapshot: RiskSnapshot) -> RiskViolation? { nil }
    public func afterTrade(_ trade: TradeRecord, _ snapshot: RiskSnapshot) -> RiskViolation? { nil }
    public func afterMark(_ snapshot: RiskSnapshot) -> RiskViolation? { nil }
    public func protectiveOrders(for position: Position, instrument: Instrument) -> [OrderRequest] { [] }
}
