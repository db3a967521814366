#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where the engine gets the time. Injected, so backtests and replays run on recorded time and
/// nothing reads the wall clock behind the engine's back.
public protocol Clock: Sendable {
    /// The current time.
    var now: Timestamp { get }
}

/// A clock that moves only when told: the engine advances it to each event's time during a
/// backtest or replay; tests set it by hand.
public final class SimulatedClock: Clock {
    private let nanoseconds: Atomic<Int64>

    public init(_ start: Timestamp = .epoch) {
        nanoseconds = Atomic(start.nanoseconds)
    }

    public var now: Timestamp { Timestamp(nanoseconds: nanoseconds.load(ordering: .relaxed)) }

    /// Moves the clock to `time`; it never goes backwards.
    public func advance(to time: Timestamp) {
        var current = nanoseconds.load(ordering: .relaxed)
        while time.nanoseconds > current {
            let (exchanged, original) = nanoseconds.compareExchange(
                expected: current, desired: time.nanoseconds, ordering: .relaxed)
            if exchanged { return }
            current = original
        }
    }

    /// Moves the clock forward by `duration`.
    public func advance(by duration: Duration) {
        advance(to: now + duration)
    }
}

/// The system's real-time clock, for paper and live trading. The only place the SDK reads it.
public struct LiveClock: Clock {
    public init() {}

    public var now: Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(nanoseconds: Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec))
    }
}
