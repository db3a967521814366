// A recoverable secp256k1 ECDSA signature in Ethereum's (r, s, v) shape.

/// A recoverable ECDSA signature as Ethereum uses it: r and s (32 bytes each, big-endian) and
/// the recovery id (0 or 1) that picks the signer's public key out of the two candidates.
///
/// Making one checks only its shape; ``PublicKey/init(recovering:signature:)`` checks the values
/// (r and s in range, low s).
public struct Signature: Sendable, Hashable, CustomStringConvertible {
    /// The x-coordinate of the nonce point, reduced mod n (32 bytes, big-endian).
    public let r: [UInt8]
    /// The proof scalar (32 bytes, big-endian); signatures made here always have s ≤ n/2.
    public let s: [UInt8]
    /// Which of the two candidate public keys signed: 0 or 1 (the parity of the nonce point's y).
    public let recoveryID: UInt8

    /// Ethereum's v: 27 + recovery id, as `personal_sign` and EIP-712 signatures carry it.
    public var v: UInt8 { 27 + recoveryID }

    /// A signature from its parts; throws unless r and s are 32 bytes and the recovery id 0 or 1.
    public init(r: some Collection<UInt8>, s: some Collection<UInt8>, recoveryID: UInt8) throws(Secp256k1Error) {
        guard r.count == 32 else { throw .invalidSignatureLength(r.count) }
        guard s.count == 32 else { throw .invalidSignatureLength(s.count) }
        guard recoveryID <= 1 else { throw .invalidRecoveryID(recoveryID) }
        self.init(validR: Array(r), s: Array(s), recoveryID: recoveryID)
    }

    /// A signature from parts with Ethereum's v (27 or 28; a bare 0 or 1 is accepted too).
    public init(r: some Collection<UInt8>, s: some Collection<UInt8>, v: UInt8) throws(Secp256k1Error) {
        try self.init(r: r, s: s, recoveryID: Self.recoveryID(fromV: v))
    }

    /// A signature from Ethereum's 65-byte r||s||v form (v 27 or 28; a bare 0 or 1 is accepted).
    public init(ethereumBytes bytes: some Collection<UInt8>) throws(Secp256k1Error) {
        guard bytes.count == 65 else { throw .invalidSignatureLength(bytes.count) }
        let all = Array(bytes)
        try self.init(r: all[0..<32], s: all[32..<64], v: all[64])
    }

    /// A signature from Ethereum's 65-byte r||s||v form written as hex, with or without `0x`.
    public init(ethereumHex hex: some StringProtocol) throws {
        try self.init(ethereumBytes: Hex.decode(hex))
    }

    init(validR r: [UInt8], s: [UInt8], recoveryID: UInt8) {
        self.r = r
        self.s = s
        self.recoveryID = recoveryID
    }

    /// Ethereum's 65-byte form r||s||v with v = 27 + recovery id, as wallets return it.
    public var ethereumBytes: [UInt8] { r + s + [v] }

    /// The 65-byte r||s||v form as `0x`-prefixed lower-case hex (130 digits).
    public var description: String { Hex.encode(ethereumBytes, prefix: true) }

    private static func recoveryID(fromV v: UInt8) throws(Secp256k1Error) -> UInt8 {
        switch v {
        case 27, 28: v - 27
        case 0, 1: v
        default: throw .invalidV(v)
        }
    }
}
