/// Everything the engine reacts to, processed one at a time in order.
public enum Event: Sendable {
    /// A closed candle, delivered at its close time.
    case candle(Candle)
    case trade(TradeTick)
    case quote(QuoteTick)
    case oracle(OraclePrice)
    /// A funding rate for a perpetual; a simulated venue books the payments.
    case funding(FundingRate)
    /// An answer from a venue about one of our orders (live and paper alike).
    case execution(ExecutionReport)
    /// Time passes with nothing else happening: fires due timers (live mode's heartbeat).
    case clock(Timestamp)

    /// When the event happened (for a candle: when it closed).
    @inlinable public var timestamp: Timestamp {
        switch self {
        case .candle(let candle): return candle.closeTime
        case .trade(let trade): return trade.timestamp
        case .quote(let quote): return quote.timestamp
        case .oracle(let price): return price.receivedAt
        case .funding(let rate): return rate.timestamp
        case .execution(let report): return report.timestamp
        case .clock(let time): return time
        }
    }
}
