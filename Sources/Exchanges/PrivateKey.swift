// A secp256k1 private key that signs and never shows itself.

import CSecp256k1

/// A secp256k1 private key (32 bytes, an integer in 1...n-1) that signs Ethereum digests.
///
/// It never prints: `description`, `debugDescription`, `dump` and `Mirror` all show
/// `PrivateKey(<redacted>)`. It is deliberately not `Codable`, and its bytes are zeroed in
/// memory when the last copy goes away. Read them only through ``withUnsafeBytes(_:)``.
public struct PrivateKey: Sendable {
    private let secret: SecretBytes
    /// The matching public key, derived once when the key is made.
    public let publicKey: PublicKey

    /// A key from its 32 big-endian bytes; throws unless they are an integer in 1...n-1.
    public init(bytes: some Collection<UInt8>) throws(Secp256k1Error) {
        guard bytes.count == 32 else { throw .invalidPrivateKeyLength(bytes.count) }
        let secret = SecretBytes(copying: bytes)
        let context = Secp256k1.context.pointer
        let valid = secret.withUnsafeBytes { raw in
            secp256k1_ec_seckey_verify(context, raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        guard valid == 1 else { throw .privateKeyOutOfRange }
        var point = secp256k1_pubkey()
        let created = secret.withUnsafeBytes { raw in
            secp256k1_ec_pubkey_create(context, &point, raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        // Cannot fail for a key that passed secp256k1_ec_seckey_verify.
        precondition(created == 1, "libsecp256k1: secp256k1_ec_pubkey_create failed for a verified key")
        self.secret = secret
        self.publicKey = PublicKey(point: point)
    }

    /// A key from 64 hex digits, with or without `0x` (as wallets export keys).
    public init(hex: some StringProtocol) throws(Secp256k1Error) {
        var bytes: [UInt8]
        do {
            bytes = try Hex.decode(hex)
        } catch {
            throw .invalidPrivateKeyHex(error)
        }
        defer { bytes.withUnsafeMutableBytes { secureZero($0) } }
        try self.init(bytes: bytes)
    }

    /// A fresh key from the operating system's cryptographically secure random generator.
    public static func random() -> PrivateKey {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 32)
        defer { bytes.withUnsafeMutableBytes { secureZero($0) } }
        while true {
            for i in bytes.indices { bytes[i] = generator.next() }
            // Fails only for 0 or ≥ n: probability below 2^-127, so this loops once in practice.
            if let key = try? PrivateKey(bytes: bytes) { return key }
        }
    }

    /// The Ethereum address this key controls.
    public var address: EthereumAddress { publicKey.address }

    /// Signs a 32-byte digest: deterministic RFC 6979 nonce, low s, recoverable (r, s, v).
    ///
    /// Only sign digests you computed from data you understand (EIP-191, EIP-712): a raw digest
    /// may be a transaction.
    public func sign(digest: some Collection<UInt8>) throws(Secp256k1Error) -> Signature {
        guard digest.count == 32 else { throw .invalidDigestLength(digest.count) }
        return sign(digest32: Array(digest))
    }

    /// Signs a digest known to be 32 bytes.
    func sign(digest32 digest: [UInt8]) -> Signature {
        precondition(digest.count == 32)
        let context = Secp256k1.context.pointer
        var signature = secp256k1_ecdsa_recoverable_signature()
        let signed = secret.withUnsafeBytes { raw in
            secp256k1_ecdsa_sign_recoverable(
                context, &signature, digest, raw.baseAddress!.assumingMemoryBound(to: UInt8.self),
                nil, nil  // default nonce function: RFC 6979 (HMAC-SHA256), no extra entropy
            )
        }
        // libsecp256k1 fails only for an invalid key (ruled out at init) or a nonce search that
        // exhausts its counter, which has negligible probability.
        precondition(signed == 1, "libsecp256k1: secp256k1_ecdsa_sign_recoverable failed")
        var compact = [UInt8](repeating: 0, count: 64)
        var recoveryID: Int32 = 0
        _ = secp256k1_ecdsa_recoverable_signature_serialize_compact(context, &compact, &recoveryID, &signature)
        // libsecp256k1 always produces low s (it negates s and flips the recovery id as needed).
        return Signature(validR: Array(compact[0..<32]), s: Array(compact[32..<64]), recoveryID: UInt8(recoveryID))
    }

    /// Calls `body` with the key's 32 big-endian bytes; do not let them escape or log them.
    public func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try secret.withUnsafeBytes(body)
    }
}

extension PrivateKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "PrivateKey(<redacted>)" }
    public var debugDescription: String { "PrivateKey(<redacted>)" }
    /// No children: reflection (`dump`, `Mirror`) sees nothing of the key.
    public var customMirror: Mirror { Mirror(self, children: [:], displayStyle: .struct) }
}

/// Key bytes in their own allocation, zeroed before it is freed. Immutable after init.
private final class SecretBytes: @unchecked Sendable {
    private let buffer: UnsafeMutableRawBufferPointer

    init(copying bytes: some Collection<UInt8>) {
        buffer = .allocate(byteCount: bytes.count, alignment: 8)
        buffer.copyBytes(from: bytes)
    }

    func withUnsafeBytes<Result, Failure: Error>(
        _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(buffer))
    }

    deinit {
        secureZero(buffer)
        buffer.deallocate()
    }
}
