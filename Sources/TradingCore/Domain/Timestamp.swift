/// A point in time: nanoseconds since the Unix epoch, UTC.
///
/// Integer nanoseconds keep event ordering exact and cheap on the engine's hot path; the
/// range reaches the year 2262.
public struct Timestamp: Sendable, Hashable, Comparable, Codable {
    public var nanoseconds: Int64

    @inlinable public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }
    @inlinable public init(milliseconds: Int64) { self.nanoseconds = milliseconds * 1_000_000 }
    @inlinable public init(seconds: Int64) { self.nanoseconds = seconds * 1_000_000_000 }

    public static let epoch = Timestamp(nanoseconds: 0)

    @inlinable public var milliseconds: Int64 { nanoseconds.dividedFloor(by: 1_000_000) }
    @inlinable public var seconds: Int64 { nanoseconds.dividedFloor(by: 1_000_000_000) }
    /// Seconds since the epoch as a `Double`, for charts and statistics.
    @inlinable public var secondsDouble: Double { Double(nanoseconds) / 1e9 }
    /// Days since 1970-01-01 (UTC calendar day number).
    @inlinable public var utcDay: Int64 { nanoseconds.dividedFloor(by: 86_400_000_000_000) }

    @inlinable public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    @inlinable public static func + (lhs: Timestamp, rhs: Duration) -> Timestamp {
        Timestamp(nanoseconds: lhs.nanoseconds + rhs.nanosecondsValue)
    }
    @inlinable public static func - (lhs: Timestamp, rhs: Duration) -> Timestamp {
        Timestamp(nanoseconds: lhs.nanoseconds - rhs.nanosecondsValue)
    }
    @inlinable public static func - (lhs: Timestamp, rhs: Timestamp) -> Duration {
        .nanoseconds(lhs.nanoseconds - rhs.nanoseconds)
    }

    public init(from decoder: any Decoder) throws {
        nanoseconds = try decoder.singleValueContainer().decode(Int64.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(nanoseconds)
    }
}

extension Duration {
    /// The duration in whole nanoseconds (truncated).
    @inlinable public var nanosecondsValue: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

extension Int64 {
    /// Division rounding toward negative infinity, so times before 1970 bucket correctly.
    @inlinable func dividedFloor(by divisor: Int64) -> Int64 {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return (remainder != 0 && (remainder < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

// MARK: - Calendar text (UTC, proleptic Gregorian), without Foundation's formatters

extension Timestamp {
    /// UTC calendar fields of this instant.
    public var utc: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanosecond: Int) {
        let days = utcDay
        let nanosOfDay = nanoseconds - days * 86_400_000_000_000
        let secondOfDay = Int(nanosOfDay / 1_000_000_000)
        let (year, month, day) = Self.civil(fromDays: days)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60,
                Int(nanosOfDay % 1_000_000_000))
    }

    /// The instant at 00:00 UTC on the given date, plus optional time of day.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        let days = Self.days(fromCivil: year, month, day)
        self.init(seconds: days * 86_400 + Int64(hour * 3600 + minute * 60 + second))
    }

    /// `2023-03-24 13:00:00`: the journal's and the log's format.
    public var logText: String {
        let t = utc
        return "\(Self.pad(t.year, 4))-\(Self.pad(t.month))-\(Self.pad(t.day)) \(Self.pad(t.hour)):\(Self.pad(t.minute)):\(Self.pad(t.second))"
    }

    /// `2023-03-24T13:00:00Z` (with milliseconds when not whole seconds).
    public var iso8601: String {
        let t = utc
        var text = "\(Self.pad(t.year, 4))-\(Self.pad(t.month))-\(Self.pad(t.day))T\(Self.pad(t.hour)):\(Self.pad(t.minute)):\(Self.pad(t.second))"
        if t.nanosecond != 0 { text += "." + Self.pad(t.nanosecond / 1_000_000, 3) }
        return text + "Z"
    }

    /// `2023-03-24`.
    public var dateText: String {
        let t = utc
        return "\(Self.pad(t.year, 4))-\(Self.pad(t.month))-\(Self.pad(t.day))"
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Howard Hinnant's civil-from-days algorithm.
    static func civil(fromDays days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}

extension Timestamp: CustomStringConvertible {
    public var description: String { iso8601 }
}
