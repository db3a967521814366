/// The seam between the engine and a place orders go: a paper venue, or a real exchange.
///
/// The engine journals an order before calling `submit`. Answers come back as
/// `ExecutionReport`s: a simulated venue appends them to `reports` at once; a live venue
/// delivers them later as `Event.execution` through the engine's event stream.
public protocol ExecutionVenue: AnyObject {
    /// The venue's name, as it appears in instrument ids and the journal (`BINANCE`).
    var name: String { get }
    /// The leverage new positions in `instrument` open at.
    func leverage(for instrument: InstrumentID) -> Int
    /// Changes the leverage for `instrument` (Hyperliquid's updateLeverage).
    func setLeverage(_ leverage: Int, for instrument: InstrumentID) throws
    /// Sends an order already journaled by the engine.
    func submit(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport])
    /// Asks the venue to cancel an order.
    func cancel(_ order: Order, at time: Timestamp, reports: inout [ExecutionReport])
    /// Market data, for venues that match orders against it; live venues ignore it.
    func process(_ event: Event, reports: inout [ExecutionReport])
    /// A closed candle (the backtest's hot path; the default hands it to `process(_:reports:)`).
    func process(candle: Candle, reports: inout [ExecutionReport])
}

extension ExecutionVenue {
    public func process(_ event: Event, reports: inout [ExecutionReport]) {}

    public func process(candle: Candle, reports: inout [ExecutionReport]) {
        process(.candle(candle), reports: &reports)
    }
}
