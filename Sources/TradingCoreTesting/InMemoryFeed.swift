/// A feed of events held in memory: iterate it, or hand it to `TradingEngine.run(_:)` as an
/// async sequence, the way a live feed would arrive.
public struct InMemoryFeed: AsyncSequence, Sequence, Sendable {
    public typealias Element = Event
    public var events: [Event]

    public init(_ events: [Event]) { self.events = events }

    /// A feed of candles.
    public init(candles: [Candle]) { self.events = candles.map(Event.candle) }

    public func makeIterator() -> IndexingIterator<[Event]> { events.makeIterator() }

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(events: events) }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var events: [Event]
        var index = 0

        public mutating func next() async -> Event? {
            guard index < events.count else { return nil }
            defer { index += 1 }
            return events[index]
        }
    }
}
