/// An OHLCV candle. `openTime` starts the interval; the candle is known only at `closeTime`,
/// which is when the engine delivers it (no lookahead).
public struct Candle: Sendable, Hashable {
    public var instrument: InstrumentID
    public var timeframe: Timeframe
    public var openTime: Timestamp
    public var open: Price
    public var high: Price
    public var low: Price
    public var close: Price
    /// Traded volume in the base asset.
    public var volume: Quantity

    public init(instrument: InstrumentID, timeframe: Timeframe, openTime: Timestamp,
                open: Price, high: Price, low: Price, close: Price, volume: Quantity) {
        self.instrument = instrument
        self.timeframe = timeframe
        self.openTime = openTime
        self.open = open
        self.high = high
        self.low = low
        self.close = close
        self.volume = volume
    }

    /// The end of the interval: the moment the candle becomes known.
    @inlinable public var closeTime: Timestamp { Timestamp(nanoseconds: openTime.nanoseconds + timeframe.nanoseconds) }
}
