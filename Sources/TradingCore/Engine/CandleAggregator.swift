/// Builds candles of a larger timeframe from a base series, emitting each one only once its
/// interval has closed: when the base candle that ends the interval arrives, or when a base
/// candle of a later interval shows the market has moved past it (a hole in the data), or
/// when the clock passes its end. A partial interval is never delivered early.
public struct CandleAggregator: Sendable {
    public let timeframe: Timeframe
    private var building: Candle?

    public init(timeframe: Timeframe) {
        self.timeframe = timeframe
    }

    /// The bucket being built (open time, OHLCV so far); for inspection, never for trading.
    public var partial: Candle? { building }

    /// Adds a base candle; returns the aggregate candles it closed, oldest first (at most two:
    /// the previous bucket when this candle starts a later one, and this bucket when it ends it).
    public mutating func add(_ base: Candle) -> [Candle] {
        precondition(timeframe.isMultiple(of: base.timeframe),
                     "\(timeframe) candles cannot be built from \(base.timeframe) candles")
        var closed: [Candle] = []
        let bucket = timeframe.bucketStart(containing: base.openTime)
        if var current = building {
            if current.openTime == bucket {
                current.high = max(current.high, base.high)
                current.low = min(current.low, base.low)
                current.close = base.close
                current.volume += base.volume
                building = current
            } else if bucket > current.openTime {
                closed.append(current)
                building = Self.start(bucket, from: base, timeframe: timeframe)
            } else {
                return [] // out of order: older than the bucket being built; ignored
            }
        } else {
            building = Self.start(bucket, from: base, timeframe: timeframe)
        }
        if let current = building, base.closeTime >= current.closeTime {
            closed.append(current)
            building = nil
        }
        return closed
    }

    /// Emits the bucket being built if `time` is at or past its end (a clock tick in live mode).
    public mutating func close(at time: Timestamp) -> Candle? {
        guard let current = building, time >= current.closeTime else { return nil }
        building = nil
        return current
    }

    private static func start(_ bucket: Timestamp, from base: Candle, timeframe: Timeframe) -> Candle {
        Candle(instrument: base.instrument, timeframe: timeframe, openTime: bucket,
               open: base.open, high: base.high, low: base.low, close: base.close, volume: base.volume)
    }
}
