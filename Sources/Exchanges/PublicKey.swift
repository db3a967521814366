// A secp256k1 public key: parsing, its encodings, and recovery from a signature.

import CSecp256k1

/// A secp256k1 public key (a point on the curve): derived from a ``PrivateKey`` or recovered
/// from a signature, it gives the signer's ``EthereumAddress``.
public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The 64-byte uncompressed form x||y (big-endian coordinates, no 0x04 prefix): what
    /// Ethereum hashes into an address.
    public let uncompressed: [UInt8]

    /// Parses a point: 64 bytes x||y, 65 bytes 0x04||x||y, or 33 bytes compressed (0x02/0x03||x).
    /// Throws unless the bytes are that shape and the point is on the curve.
    public init(bytes: some Collection<UInt8>) throws(Secp256k1Error) {
        var input = Array(bytes)
        switch input.count {
        case 64:
            input.insert(0x04, at: 0)
        case 65:
            guard input[0] == 0x04 else {
                throw .invalidPublicKey("65-byte key must start with 0x04, not 0x\(Hex.encode([input[0]]))")
            }
        case 33:
            guard input[0] == 0x02 || input[0] == 0x03 else {
                throw .invalidPublicKey("33-byte key must start with 0x02 or 0x03, not 0x\(Hex.encode([input[0]]))")
            }
        default:
            throw .invalidPublicKey("expected 33, 64 or 65 bytes, got \(input.count)")
        }
        var point = secp256k1_pubkey()
        guard secp256k1_ec_pubkey_parse(Secp256k1.context.pointer, &point, input, input.count) == 1 else {
            throw .invalidPublicKey("not a point on the curve")
        }
        self.init(point: point)
    }

    /// Recovers the key that made `signature` over the 32-byte `digest`.
    ///
    /// Rejects what Ethereum rejects: r or s outside 1...n-1 and high s (s > n/2, EIP-2).
    public init(recovering digest: some Collection<UInt8>, signature: Signature) throws(Secp256k1Error) {
        guard digest.count == 32 else { throw .invalidDigestLength(digest.count) }
        guard signature.recoveryID <= 1 else { throw .invalidRecoveryID(signature.recoveryID) }
        guard Secp256k1.isValidScalar(signature.r), Secp256k1.isValidScalar(signature.s) else {
            throw .signatureOutOfRange
        }
        guard !Secp256k1.isHighS(signature.s) else { throw .highS }
        let context = Secp256k1.context.pointer
        var recoverable = secp256k1_ecdsa_recoverable_signature()
        let compact = signature.r + signature.s
        guard secp256k1_ecdsa_recoverable_signature_parse_compact(
            context, &recoverable, compact, Int32(signature.recoveryID)) == 1
        else { throw .signatureOutOfRange }
        var point = secp256k1_pubkey()
        let message = Array(digest)
        guard secp256k1_ecdsa_recover(context, &point, &recoverable, message) == 1 else {
            throw .recoveryFailed
        }
        self.init(point: point)
    }

    /// A key from libsecp256k1's parsed point.
    init(point: secp256k1_pubkey) {
        var point = point
        var output = [UInt8](repeating: 0, count: 65)
        var length = output.count
        _ = secp256k1_ec_pubkey_serialize(
            Secp256k1.context.pointer, &output, &length, &point, UInt32(SECP256K1_EC_UNCOMPRESSED))
        precondition(length == 65 && output[0] == 0x04)
        uncompressed = Array(output[1...])
    }

    /// The 33-byte compressed form: 0x02 (even y) or 0x03 (odd y), then x.
    public var compressed: [UInt8] {
        [uncompressed[63] & 1 == 0 ? 0x02 : 0x03] + uncompressed[0..<32]
    }

    /// The address this key controls: the last 20 bytes of Keccak-256 of ``uncompressed``.
    public var address: EthereumAddress {
        EthereumAddress(validBytes: Array(Keccak256.hash(uncompressed).suffix(20)))
    }

    /// The 64-byte x||y form as `0x`-prefixed hex.
    public var description: String { Hex.encode(uncompressed, prefix: true) }
}
