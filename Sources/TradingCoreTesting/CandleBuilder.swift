/// Builds candles for tests: from closes, or from OHLC tuples, back to back from a start time.
public struct CandleBuilder: Sendable {
    public var instrument: InstrumentID
    public var timeframe: Timeframe
    public var start: Timestamp

    public init(instrument: InstrumentID = InstrumentID("BTCUSDT", venue: "TEST"), timeframe: Timeframe = .h1,
                start: Timestamp = Timestamp(year: 2024, month: 1, day: 1)) {
        self.instrument = instrument
        self.timeframe = timeframe
        self.start = start
    }

    /// The candle at position `index` of the series.
    public func candle(_ index: Int, open: Price, high: Price, low: Price, close: Price, volume: Quantity = 1) -> Candle {
        Candle(instrument: instrument, timeframe: timeframe,
               openTime: Timestamp(nanoseconds: start.nanoseconds + Int64(index) * timeframe.nanoseconds),
               open: open, high: high, low: low, close: close, volume: volume)
    }

    /// Flat candles (open = high = low = close) at these prices.
    public func flat(_ closes: [Price]) -> [Candle] {
        closes.enumerated().map { candle($0.offset, open: $0.element, high: $0.element, low: $0.element, close: $0.element) }
    }

    /// Candles opening at the previous close (the first at its own close), ranging over both.
    public func closes(_ closes: [Price]) -> [Candle] {
        var previous = closes.first ?? 0
        return closes.enumerated().map { index, close in
            defer { previous = close }
            return candle(index, open: previous, high: max(previous, close), low: min(previous, close), close: close)
        }
    }

    /// Candles from (open, high, low, close) tuples.
    public func ohlc(_ rows: [(Price, Price, Price, Price)]) -> [Candle] {
        rows.enumerated().map { candle($0.offset, open: $0.element.0, high: $0.element.1, low: $0.element.2, close: $0.element.3) }
    }
}
