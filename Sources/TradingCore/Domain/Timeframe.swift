/// A candle interval (1m, 4h, 1d, 1w…), with the bucket alignment venues use: epoch-aligned,
/// except weeks, which open on Monday 00:00 UTC as on Binance.
public struct Timeframe: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Length in nanoseconds.
    public let nanoseconds: Int64

    @inlinable public init(nanoseconds: Int64) {
        precondition(nanoseconds > 0, "a timeframe must be positive")
        self.nanoseconds = nanoseconds
    }

    public static func seconds(_ n: Int64) -> Timeframe { Timeframe(nanoseconds: n * 1_000_000_000) }
    public static func minutes(_ n: Int64) -> Timeframe { .seconds(n * 60) }
    public static func hours(_ n: Int64) -> Timeframe { .seconds(n * 3600) }
    public static func days(_ n: Int64) -> Timeframe { .seconds(n * 86_400) }

    public static let m1 = minutes(1), m5 = minutes(5), m15 = minutes(15), m30 = minutes(30)
    public static let h1 = hours(1), h4 = hours(4), d1 = days(1), w1 = days(7)

    /// The open time of the bucket containing `time`.
    @inlinable public func bucketStart(containing time: Timestamp) -> Timestamp {
        let offset = nanoseconds % (7 * 86_400_000_000_000) == 0 ? Self.mondayOffset : 0
        return Timestamp(nanoseconds: (time.nanoseconds - offset).dividedFloor(by: nanoseconds) * nanoseconds + offset)
    }

    /// 1970-01-01 was a Thursday: weekly buckets shift by four days to open on Monday.
    @usableFromInline static let mondayOffset: Int64 = 4 * 86_400_000_000_000

    /// Whether `other` buckets tile this one exactly (1h into 4h yes, 4h into 1w yes, 7m into 1h no).
    public func isMultiple(of other: Timeframe) -> Bool { nanoseconds % other.nanoseconds == 0 }

    public static func < (lhs: Timeframe, rhs: Timeframe) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    /// `1m`, `4h`, `1d`, `1w`, or `90s` when no larger unit divides it.
    public var description: String {
        let seconds = nanoseconds / 1_000_000_000
        guard seconds * 1_000_000_000 == nanoseconds, seconds > 0 else { return "\(nanoseconds)ns" }
        for (unit, size) in [("w", Int64(604_800)), ("d", 86_400), ("h", 3600), ("m", 60)] where seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }

    /// Parses `30s`, `1m`, `15m`, `4h`, `1d`, `1w`; nil otherwise (months are not a fixed length).
    public init?(_ text: String) {
        guard let unit = text.last, let count = Int64(text.dropLast()), count > 0 else { return nil }
        switch unit {
        case "s": self = .seconds(count)
        case "m": self = .minutes(count)
        case "h": self = .hours(count)
        case "d": self = .days(count)
        case "w": self = .days(7 * count)
        default: return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timeframe(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a timeframe; use a count and a unit: 30s, 1m, 15m, 4h, 1d, 1w")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
