import Logging
import Synchronization
import Testing
import TradingCore

@Suite("Log format")
struct LogFormatTests {
    final class Lines: Sendable {
        let storage = Mutex<[String]>([])
        var all: [String] { storage.withLock { $0 } }
    }

    func logger(level: Logger.Level = .info) -> (Logger, Lines) {
        let lines = Lines()
        let clock = SimulatedClock(Timestamp(year: 2026, month: 11, day: 25, hour: 9, minute: 0, second: 5))
        let handler = MiyamotoLogHandler(label: "risk", level: level, clock: clock,
                                         output: LogOutput { line in lines.storage.withLock { $0.append(line) } })
        return (Logger(label: "risk") { _ in handler }, lines)
    }

    @Test("lines read [YYYY-MM-DD HH:MM:SS] [LEVEL] [COMPONENT] Message")
    func format() {
        let (log, lines) = logger()
        log.info("started")
        log.warning("slow feed")
        log.error("journal failed")
        #expect(lines.all == [
            "[2026-11-25 09:00:05] [INFO] [risk] started",
            "[2026-11-25 09:00:05] [WARN] [risk] slow feed",
            "[2026-11-25 09:00:05] [ERROR] [risk] journal failed",
        ])
    }

    @Test("TRADE and RECOVERY are levels of their own")
    func tradeAndRecovery() {
        let (log, lines) = logger()
        log.trade("BUY 1 BTCUSDT @ 100")
        log.recovery("restored 3 fills")
        #expect(lines.all == [
            "[2026-11-25 09:00:05] [TRADE] [risk] BUY 1 BTCUSDT @ 100",
            "[2026-11-25 09:00:05] [RECOVERY] [risk] restored 3 fills",
        ])
    }

    @Test("lines below the level are not written")
    func level() {
        let (log, lines) = logger(level: .warning)
        log.info("quiet")
        log.trade("also quiet at warning level")
        #expect(lines.all.isEmpty)
    }

    @Test("a secret logged by mistake prints redacted")
    func secretNeverLogged() {
        let (log, lines) = logger()
        let key = Secret("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
        log.info("using key \(key)")
        #expect(lines.all == ["[2026-11-25 09:00:05] [INFO] [risk] using key <redacted>"])
    }
}
