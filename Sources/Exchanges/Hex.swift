// Hexadecimal text <-> bytes, as Ethereum JSON-RPC, signatures and keys are written.

/// Hexadecimal encoding and decoding of bytes, the way Ethereum tools write them
/// (lower-case on output; either case and an optional `0x` prefix on input).
public enum Hex {
    /// The lower-case hex digits of `bytes`, prefixed with `0x` when `prefix` is true.
    public static func encode(_ bytes: some Sequence<UInt8>, prefix: Bool = false) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.underestimatedCount * 2 + 2)
        if prefix { utf8.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "x")]) }
        for byte in bytes {
            utf8.append(digits[Int(byte >> 4)])
            utf8.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The bytes written in `string`: hex digits of either case, optionally after `0x` or `0X`.
    /// Throws ``HexError`` naming the first bad character and its index, or an odd digit count.
    public static func decode(_ string: some StringProtocol) throws(HexError) -> [UInt8] {
        let utf8 = string.utf8
        var index = utf8.startIndex
        var offset = 0  // characters before `index`: every one so far was ASCII
        if utf8.count >= 2, utf8.first == UInt8(ascii: "0"),
           utf8[utf8.index(after: index)] | 0x20 == UInt8(ascii: "x") {
            index = utf8.index(index, offsetBy: 2)
            offset = 2
        }
        let digitCount = utf8.distance(from: index, to: utf8.endIndex)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digitCount / 2)
        var high: UInt8? = nil
        while index < utf8.endIndex {
            guard let nibble = nibble(utf8[index]) else {
                // `index` is a character boundary: everything before it was ASCII.
                throw .invalidCharacter(string[index], index: offset)
            }
            if let h = high {
                bytes.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
            index = utf8.index(after: index)
            offset += 1
        }
        guard high == nil else { throw .oddLength(digits: digitCount) }
        return bytes
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}

/// Why a string is not hex: it says which character is wrong and where, or that a digit is missing.
public enum HexError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The string has an odd number of hex digits (the count excludes any `0x` prefix).
    case oddLength(digits: Int)
    /// `character` at `index` (in characters from the start of the string, prefix included)
    /// is not a hex digit.
    case invalidCharacter(Character, index: Int)

    public var description: String {
        switch self {
        case .oddLength(let digits):
            "hex string has an odd number of digits (\(digits)); each byte needs two"
        case .invalidCharacter(let character, let index):
            "invalid hex character \(String(reflecting: character)) at index \(index)"
        }
    }
}
