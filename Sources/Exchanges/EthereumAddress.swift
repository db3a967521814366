// Ethereum account addresses with EIP-55 mixed-case checksums.

/// A 20-byte Ethereum account address. Parsing checks EIP-55 checksums (mixed case must match;
/// all-lower and all-upper carry none); printing and `Codable` use the checksummed form.
public struct EthereumAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 20 address bytes.
    public let bytes: [UInt8]

    /// An address from its 20 bytes.
    public init(bytes: some Collection<UInt8>) throws(EthereumAddressError) {
        guard bytes.count == 20 else { throw .invalidLength(bytes: bytes.count) }
        self.bytes = Array(bytes)
    }

    /// Parses 40 hex digits, with or without `0x`. A mixed-case string must carry the correct
    /// EIP-55 checksum; all-lower-case and all-upper-case strings are accepted as they are.
    public init(_ string: some StringProtocol) throws(EthereumAddressError) {
        let decoded: [UInt8]
        do {
            decoded = try Hex.decode(string)
        } catch {
            throw .invalidHex(error)
        }
        try self.init(bytes: decoded)
        let digits = string.utf8.count == 42 ? string.dropFirst(2) : string[...]
        let hasLower = digits.contains { $0 >= "a" && $0 <= "f" }
        let hasUpper = digits.contains { $0 >= "A" && $0 <= "F" }
        if hasLower && hasUpper {
            let expected = checksummed
            guard digits.elementsEqual(expected.dropFirst(2)) else {
                throw .checksumMismatch(given: String(string), expected: expected)
            }
        }
    }

    /// An address whose length the caller has already checked.
    init(validBytes bytes: [UInt8]) {
        precondition(bytes.count == 20)
        self.bytes = bytes
    }

    /// The address of the holder of `publicKey`.
    public init(publicKey: PublicKey) {
        self = publicKey.address
    }

    /// The EIP-55 checksummed form, `0x` then 40 digits whose letters are upper-case where the
    /// matching nibble of Keccak-256(lower-case hex) is 8 or more.
    public var checksummed: String {
        let lower = Array(Hex.encode(bytes).utf8)
        let hash = Keccak256.hash(lower)
        var out: [UInt8] = Array("0x".utf8)
        out.reserveCapacity(42)
        for (i, c) in lower.enumerated() {
            let nibble = i & 1 == 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 0x0F
            out.append(c >= UInt8(ascii: "a") && nibble >= 8 ? c - 0x20 : c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `0x` then 40 lower-case digits (no checksum), as JSON-RPC and some APIs want it.
    public var lowercased: String { Hex.encode(bytes, prefix: true) }

    /// The checksummed form.
    public var description: String { checksummed }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        do {
            try self.init(string)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(checksummed)
    }
}

/// Why a string or byte array is not an Ethereum address.
public enum EthereumAddressError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not hex.
    case invalidHex(HexError)
    /// An address is 20 bytes (40 hex digits).
    case invalidLength(bytes: Int)
    /// Mixed case that is not the EIP-55 checksum: probably a typo, so it is refused.
    case checksumMismatch(given: String, expected: String)

    public var description: String {
        switch self {
        case .invalidHex(let error):
            "address is not valid hex: \(error)"
        case .invalidLength(let count):
            "address must be 20 bytes (40 hex digits), got \(count) bytes"
        case .checksumMismatch(let given, let expected):
            "address \(given) has an invalid EIP-55 checksum (mixed case must be \(expected))"
        }
    }
}
