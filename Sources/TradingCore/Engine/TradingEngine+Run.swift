extension TradingEngine {
    /// Runs a started engine over a stream of events (a live feed, a replay, a test's feed)
    /// until the stream ends, logging a heartbeat line every `heartbeat` of engine time.
    /// Feeds should interleave `Event.clock` ticks so timers fire when the market is quiet.
    public func run<Events: AsyncSequence>(_ events: Events, heartbeat: Duration = .seconds(300)) async throws
    where Events.Element == Event {
        var lastBeat = now
        var processed = 0
        for try await event in events {
            try process(event)
            processed += 1
            if now - lastBeat >= heartbeat {
                lastBeat = now
                logger.info("heartbeat: \(processed) events, equity \(portfolio.equity.formatted(decimals: 2)), \(portfolio.openPositions.count) positions, \(openOrderIDs.count) open orders\(risk.state.paused ? ", PAUSED" : "")")
            }
        }
    }
}
