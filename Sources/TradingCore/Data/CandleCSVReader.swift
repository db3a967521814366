#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem in a candle CSV file, with the line (1-based) and column it was found at.
public struct CandleCSVError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int?
    public var column: String?
    public var message: String

    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let column { text += ": column '\(column)'" }
        return text + ": " + message
    }
}

/// Streams candles from a CSV file with the header `timestamp,open,high,low,close,volume`
/// (any column order; extra columns ignored), timestamps in Unix milliseconds (candle open
/// time, UTC). Rows must be strictly increasing in time and aligned to one interval; holes are
/// allowed. Every malformed row is an error naming its line: nothing is skipped silently.
/// The file is read in chunks, so memory stays flat however long it is.
public final class CandleCSVReader {
    public static let requiredColumns = ["timestamp", "open", "high", "low", "close", "volume"]

    public let path: String
    public let instrument: InstrumentID
    /// The candle interval: given, or inferred as the smallest step among the first rows.
    public private(set) var timeframe: Timeframe
    /// Size of the file in bytes, and how far reading has got (for progress).
    public let fileSize: Int
    public var bytesConsumed: Int { consumedBeforeBuffer + position }

    private let descriptor: Int32
    private var buffer: [UInt8]
    private var position = 0
    private var end = 0
    private var consumedBeforeBuffer = 0
    private var atEOF = false
    private var lineNumber = 0
    private var slotOfColumn: [Int] = [] // for each file column, the required column it holds (or -1)
    private var lookahead: [Candle] = []
    private var lookaheadIndex = 0
    private var previousOpen: Int64?
    private let chunkSize = 1 << 20

    /// Opens `path` and reads its header. With `timeframe` nil, it is inferred from the first
    /// 1,000 rows (the smallest step between them).
    public init(path: String, instrument: InstrumentID, timeframe: Timeframe? = nil) throws {
        self.path = path
        self.instrument = instrument
        self.timeframe = timeframe ?? .m1
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CandleCSVError(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        fileSize = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        buffer = [UInt8](repeating: 0, count: chunkSize)
        try readHeader()
        if timeframe == nil { try inferTimeframe() }
    }

    deinit { close(descriptor) }

    /// Reads every candle of a file.
    public static func readAll(path: String, instrument: InstrumentID, timeframe: Timeframe? = nil) throws -> [Candle] {
        let reader = try CandleCSVReader(path: path, instrument: instrument, timeframe: timeframe)
        var candles: [Candle] = []
        while let candle = try reader.next() { candles.append(candle) }
        return candles
    }

    /// The next candle, or nil at the end of the file.
    public func next() throws -> Candle? {
        if lookaheadIndex < lookahead.count {
            defer {
                lookaheadIndex += 1
                if lookaheadIndex == lookahead.count { lookahead = []; lookaheadIndex = 0 }
            }
            return try checkStep(lookahead[lookaheadIndex], line: nil)
        }
        while let line = try nextLine() {
            if let candle = try parse(line) { return try checkStep(candle, line: lineNumber) }
        }
        return nil
    }

    // MARK: Lines

    /// The next line's bytes (without the newline or a trailing CR); nil at the end.
    private func nextLine() throws -> Range<Int>? {
        while true {
            let newline: Int? = buffer.withUnsafeBufferPointer { bytes in
                guard position < end, let found = memchr(bytes.baseAddress! + position, 0x0A, end - position) else { return nil }
                return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            if let newline {
                lineNumber += 1
                var stop = newline
                if stop > position && buffer[stop - 1] == 0x0D { stop -= 1 }
                let range = position..<stop
                position = newline + 1
                return range
            }
            if atEOF {
                guard position < end else { return nil }
                lineNumber += 1
                var stop = end
                if buffer[stop - 1] == 0x0D { stop -= 1 }
                let range = position..<stop
                position = end
                return range
            }
            try refill()
        }
    }

    /// Moves the unread tail to the front and reads more; grows the buffer for a huge line.
    private func refill() throws {
        if position > 0 {
            let remaining = end - position
            if remaining > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + position, remaining)
                }
            }
            consumedBeforeBuffer += position
            end = remaining
            position = 0
        }
        if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        let count = buffer.withUnsafeMutableBufferPointer { bytes in
            read(descriptor, bytes.baseAddress! + end, bytes.count - end)
        }
        if count < 0 { throw CandleCSVError(path: path, line: lineNumber, message: "read failed: \(String(cString: strerror(errno)))") }
        if count == 0 { atEOF = true }
        end += count
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: buffer[range], as: UTF8.self)
    }

    // MARK: Header and rows

    private func readHeader() throws {
        var header: Range<Int>?
        while let line = try nextLine() {
            if !line.isEmpty { header = line; break }
        }
        guard let header else { throw CandleCSVError(path: path, message: "the file is empty; expected a header: \(Self.requiredColumns.joined(separator: ","))") }
        let names = text(header).split(separator: ",", omittingEmptySubsequences: false)
            .map { field in
                String(field.drop { " \t\"\u{FEFF}".contains($0) }.reversed().drop { " \t\"".contains($0) }.reversed()).lowercased()
            }
        var indexes: [Int] = []
        var missing: [String] = []
        for column in Self.requiredColumns {
            // Accept the common synonyms of the timestamp column.
            let accepted = column == "timestamp" ? ["timestamp", "time", "open_time", "date"] : [column]
            if let index = names.firstIndex(where: { accepted.contains($0) }) { indexes.append(index) } else { missing.append(column) }
        }
        guard missing.isEmpty else {
            throw CandleCSVError(path: path, line: lineNumber, message:
                "header lacks \(missing.joined(separator: ", ")); expected the columns \(Self.requiredColumns.joined(separator: ",")) (found: \(names.joined(separator: ",")))")
        }
        slotOfColumn = [Int](repeating: -1, count: names.count)
        for (slot, column) in indexes.enumerated() { slotOfColumn[column] = slot }
    }

    /// Parses one data line; nil for a blank line.
    private func parse(_ line: Range<Int>) throws -> Candle? {
        if line.isEmpty { return nil }
        return try buffer.withUnsafeBufferPointer { bytes in try parse(line, in: bytes) }
    }

    private func parse(_ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) throws -> Candle {
        var fields: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>) =
            (0..<0, 0..<0, 0..<0, 0..<0, 0..<0, 0..<0)
        var column = 0
        var start = line.lowerBound
        var index = line.lowerBound
        let slots = slotOfColumn
        while index <= line.upperBound {
            if index == line.upperBound || bytes[index] == UInt8(ascii: ",") {
                let field = start..<index
                switch column < slots.count ? slots[column] : -1 {
                case 0: fields.0 = field
                case 1: fields.1 = field
                case 2: fields.2 = field
                case 3: fields.3 = field
                case 4: fields.4 = field
                case 5: fields.5 = field
                default: break
                }
                column += 1
                start = index + 1
            }
            index += 1
        }
        guard column == slots.count else {
            throw CandleCSVError(path: path, line: lineNumber, message: "expected \(slots.count) fields, found \(column): '\(text(line))'")
        }
        let time = try integer(fields.0, in: bytes, column: "timestamp")
        guard time >= 100_000_000_000 else {
            throw CandleCSVError(path: path, line: lineNumber, column: "timestamp", message:
                "\(time) looks like seconds; timestamps must be Unix milliseconds (e.g. 1640995200000)")
        }
        let open = try decimal(fields.1, in: bytes, column: "open")
        let high = try decimal(fields.2, in: bytes, column: "high")
        let low = try decimal(fields.3, in: bytes, column: "low")
        let close = try decimal(fields.4, in: bytes, column: "close")
        let volume = try decimal(fields.5, in: bytes, column: "volume")
        guard open > 0, high > 0, low > 0, close > 0 else {
            throw CandleCSVError(path: path, line: lineNumber, message: "prices must be positive: open \(open), high \(high), low \(low), close \(close)")
        }
        guard high >= max(open, close), low <= min(open, close), low <= high else {
            throw CandleCSVError(path: path, line: lineNumber, message: "inconsistent candle: high \(high) and low \(low) must bound open \(open) and close \(close)")
        }
        guard volume >= 0 else {
            throw CandleCSVError(path: path, line: lineNumber, column: "volume", message: "volume \(volume) is negative")
        }
        return Candle(instrument: instrument, timeframe: timeframe, openTime: Timestamp(milliseconds: time),
                      open: open, high: high, low: low, close: close, volume: volume)
    }

    private func decimal(_ field: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, column: String) throws -> FixedDecimal {
        guard let value = FixedDecimal.parse(UnsafeBufferPointer(rebasing: bytes[field]), .toNearestOrEven) else {
            throw CandleCSVError(path: path, line: lineNumber, column: column, message: "'\(text(field))' is not a number")
        }
        return value
    }

    private func integer(_ field: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, column: String) throws -> Int64 {
        var value: Int64 = 0
        var digits = 0
        for index in field {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else {
                // A decimal point with only zeros after it ("1640995200000.0") is still an integer.
                if byte == UInt8(ascii: "."), digits > 0, field[(index + 1)...].allSatisfy({ bytes[$0] == UInt8(ascii: "0") }) {
                    return value
                }
                throw CandleCSVError(path: path, line: lineNumber, column: column, message: "'\(text(field))' is not a Unix time in milliseconds")
            }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits > 0 else {
            throw CandleCSVError(path: path, line: lineNumber, column: column, message: "empty value; expected a Unix time in milliseconds")
        }
        return value
    }

    // MARK: Time checks

    private func inferTimeframe() throws {
        var rows: [(Candle, Int)] = []
        while rows.count < 1000, let line = try nextLine() {
            if let candle = try parse(line) { rows.append((candle, lineNumber)) }
        }
        var step: Int64?
        for pair in zip(rows, rows.dropFirst()) {
            let difference = pair.1.0.openTime.nanoseconds - pair.0.0.openTime.nanoseconds
            guard difference > 0 else {
                throw CandleCSVError(path: path, line: pair.1.1, column: "timestamp", message: "\(pair.1.0.openTime.milliseconds) is not after the previous row's \(pair.0.0.openTime.milliseconds): rows must be in increasing time without duplicates")
            }
            step = min(step ?? difference, difference)
        }
        guard let step else {
            throw CandleCSVError(path: path, line: rows.first?.1, message: rows.isEmpty
                ? "no candles after the header"
                : "one candle is not enough to infer the interval; give it (e.g. --timeframe 1h)")
        }
        timeframe = Timeframe(nanoseconds: step)
        lookahead = rows.map { row in
            var candle = row.0
            candle.timeframe = timeframe
            return candle
        }
        lookaheadLines = rows.map(\.1)
    }

    private var lookaheadLines: [Int] = []

    private func checkStep(_ candle: Candle, line: Int?) throws -> Candle {
        let time = candle.openTime.nanoseconds
        let reportedLine = line ?? (lookaheadIndex < lookaheadLines.count ? lookaheadLines[lookaheadIndex] : nil)
        if let previous = previousOpen {
            guard time > previous else {
                throw CandleCSVError(path: path, line: reportedLine, column: "timestamp", message:
                    "\(time / 1_000_000) is not after the previous row's \(previous / 1_000_000): rows must be in increasing time without duplicates")
            }
            guard (time - previous) % timeframe.nanoseconds == 0 else {
                throw CandleCSVError(path: path, line: reportedLine, column: "timestamp", message:
                    "\(time / 1_000_000) is off the \(timeframe) grid of the rows before it")
            }
        }
        previousOpen = time
        return candle
    }
}
