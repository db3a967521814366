/// Whether a trigger order protects against loss or locks in profit; with the order's side it
/// fixes the direction that triggers it (a sell stop-loss triggers at or below its price).
public enum TriggerKind: String, Sendable, Hashable, Codable {
    case stopLoss = "stop_loss"
    case takeProfit = "take_profit"
}

/// How an order executes.
public enum OrderType: Sendable, Hashable {
    /// At the best available price now.
    case market
    /// At `price` or better.
    case limit(Price)
    /// Dormant until the market reaches `trigger`; then a market order, or a limit order at
    /// `limit` when given (Hyperliquid's tp/sl triggers, Binance's STOP_LOSS / TAKE_PROFIT).
    case trigger(TriggerKind, trigger: Price, limit: Price?)

    /// The limit price, if the order has one once active.
    public var limitPrice: Price? {
        switch self {
        case .market: return nil
        case .limit(let price): return price
        case .trigger(_, _, let limit): return limit
        }
    }

    /// The trigger price of a trigger order.
    public var triggerPrice: Price? {
        if case .trigger(_, let trigger, _) = self { return trigger }
        return nil
    }

    /// A short name for logs and the journal: market, limit, stop_loss, take_profit.
    public var name: String {
        switch self {
        case .market: return "market"
        case .limit: return "limit"
        case .trigger(let kind, _, _): return kind.rawValue
        }
    }
}

/// How long an order may rest.
public enum TimeInForce: String, Sendable, Hashable, Codable, CaseIterable {
    /// Good till canceled.
    case gtc
    /// Immediate or cancel: whatever does not fill on arrival is canceled.
    case ioc
    /// Adds liquidity only: rejected if it would take on arrival (Hyperliquid's Alo).
    case postOnly = "post_only"
}

/// How much an order is for.
public enum OrderQuantity: Sendable, Hashable {
    /// A size in the base asset (shares for binary outcomes).
    case base(Quantity)
    /// The size whose notional plus taker fee is this fraction of account equity times the
    /// position's leverage, worked out at the fill price. Backtests resolve it at the fill; a
    /// live venue resolves it at submission from the latest price.
    case equityFraction(FixedDecimal)

    /// The fixed base size, if the quantity is one.
    public var base: Quantity? {
        if case .base(let quantity) = self { return quantity }
        return nil
    }
}
