import Foundation
import Synchronization

/// Reads candles on a background thread while the engine runs on the caller's, so a backtest
/// costs the slower of parsing and simulating rather than their sum (two cores, both busy).
///
/// Candles arrive in order, in batches; a parse error is thrown from `next()` at the row it
/// was found, exactly as `CandleCSVReader` would throw it.
public final class PrefetchingCandleSource: CandleSource {
    /// The interval of the candles (given or inferred when the file was opened).
    public let timeframe: Timeframe
    private let channel: Channel
    private var batch: [Candle] = []
    private var index = 0
    private var finished = false

    /// Opens `path` now (so a missing file or a bad header fails here), then parses ahead.
    public init(path: String, instrument: InstrumentID, timeframe: Timeframe? = nil, batchSize: Int = 4096) throws {
        let reader = try CandleCSVReader(path: path, instrument: instrument, timeframe: timeframe)
        self.timeframe = reader.timeframe
        channel = Channel(capacity: 8)
        let producer = Producer(reader: reader, channel: channel, batchSize: batchSize)
        let thread = Thread { producer.run() }
        thread.name = "miyamoto.csv-prefetch"
        thread.start()
    }

    deinit { channel.cancel() }

    public func next() throws -> Candle? {
        if index < batch.count {
            defer { index += 1 }
            return batch[index]
        }
        guard !finished else { return nil }
        switch channel.take() {
        case .batch(let candles):
            batch = candles
            index = 1
            return candles.first
        case .end:
            finished = true
            batch = []
            return nil
        case .failure(let error):
            finished = true
            batch = []
            throw error
        }
    }

    public var fractionRead: Double? { channel.fraction }

    private enum Item: Sendable {
        case batch([Candle])
        case end
        case failure(any Error)
    }

    /// A bounded queue of batches between the parsing thread and the engine's.
    private final class Channel: Sendable {
        private struct State {
            var items: [Item] = []
            var cancelled = false
            var fraction = 0.0
        }
        private let state = Mutex(State())
        private let condition = NSCondition()
        private let capacity: Int

        init(capacity: Int) { self.capacity = capacity }

        /// Adds an item, waiting while the queue is full; false once cancelled.
        func put(_ item: Item, fraction: Double) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while true {
                let (cancelled, full) = state.withLock { ($0.cancelled, $0.items.count >= capacity) }
                if cancelled { return false }
                if !full { break }
                condition.wait()
            }
            state.withLock {
                $0.items.append(item)
                $0.fraction = fraction
            }
            condition.broadcast()
            return true
        }

        /// Removes the oldest item, waiting for one.
        func take() -> Item {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let item = state.withLock({ $0.items.isEmpty ? nil : $0.items.removeFirst() }) {
                    condition.broadcast()
                    return item
                }
                condition.wait()
            }
        }

        func cancel() {
            condition.lock()
            state.withLock { $0.cancelled = true }
            condition.broadcast()
            condition.unlock()
        }

        var fraction: Double { state.withLock { $0.fraction } }
    }

    /// Owns the reader on the parsing thread (handed over once; never touched elsewhere).
    private final class Producer: @unchecked Sendable {
        private let reader: CandleCSVReader
        private let channel: Channel
        private let batchSize: Int

        init(reader: CandleCSVReader, channel: Channel, batchSize: Int) {
            self.reader = reader
            self.channel = channel
            self.batchSize = batchSize
        }

        func run() {
            while true {
                var candles: [Candle] = []
                candles.reserveCapacity(batchSize)
                do {
                    while candles.count < batchSize, let candle = try reader.next() { candles.append(candle) }
                } catch {
                    if !candles.isEmpty { _ = channel.put(.batch(candles), fraction: reader.fractionRead ?? 0) }
                    _ = channel.put(.failure(error), fraction: 1)
                    return
                }
                let done = candles.count < batchSize
                if !candles.isEmpty, !channel.put(.batch(candles), fraction: reader.fractionRead ?? 0) { return }
                if done {
                    _ = channel.put(.end, fraction: 1)
                    return
                }
            }
        }
    }
}
