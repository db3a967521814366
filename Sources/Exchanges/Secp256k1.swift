// The secp256k1 curve through libsecp256k1 (the C library Bitcoin Core maintains): one shared,
// randomized context, the curve constants, and the errors of keys and signatures.

import CSecp256k1

#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The secp256k1 elliptic curve that Ethereum keys and signatures live on.
public enum Secp256k1 {
    /// The order n of the curve's group, big-endian: private keys are 1...n-1.
    public static let order: [UInt8] = [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE,
        0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
    ]

    /// n / 2 (rounded down), big-endian: Ethereum (EIP-2) accepts only signatures with s ≤ this.
    public static let halfOrder: [UInt8] = [
        0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0x5D, 0x57, 0x6E, 0x73, 0x57, 0xA4, 0x50, 0x1D, 0xDF, 0xE9, 0x2F, 0x46, 0x68, 0x1B, 0x20, 0xA0,
    ]

    /// The process-wide libsecp256k1 context, created and randomized once on first use.
    static let context = Secp256k1Context()

    /// Whether the 32-byte big-endian scalar is in 1...n-1 (r and s of a valid signature).
    static func isValidScalar(_ bytes: [UInt8]) -> Bool {
        bytes.count == 32 && bytes.contains { $0 != 0 } && bytes.lexicographicallyPrecedes(order)
    }

    /// Whether the 32-byte big-endian s is above n/2 (the malleable twin of a low-s signature).
    static func isHighS(_ s: [UInt8]) -> Bool {
        halfOrder.lexicographicallyPrecedes(s)
    }
}

/// A libsecp256k1 context shared by every key and signature in the process.
///
/// Randomized once at creation (side-channel blinding) and never mutated afterwards; libsecp256k1
/// documents that the functions we call only read it, so concurrent use from any thread is safe.
final class Secp256k1Context: @unchecked Sendable {
    let pointer: OpaquePointer

    init() {
        guard let context = secp256k1_context_create(UInt32(SECP256K1_CONTEXT_NONE)) else {
            fatalError("libsecp256k1: secp256k1_context_create failed")
        }
        var seed = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()  // the OS CSPRNG (getrandom / arc4random)
        for i in seed.indices { seed[i] = generator.next() }
        let randomized = seed.withUnsafeMutableBytes { raw in
            defer { secureZero(raw) }
            return secp256k1_context_randomize(context, raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        guard randomized == 1 else {
            fatalError("libsecp256k1: secp256k1_context_randomize failed")
        }
        pointer = context
    }

    deinit {
        secp256k1_context_destroy(pointer)
    }
}

/// Why a key, digest or signature was refused by the secp256k1 operations.
public enum Secp256k1Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// A private key must be exactly 32 bytes.
    case invalidPrivateKeyLength(Int)
    /// A private key must be an integer in 1...n-1 (not zero, not n or above).
    case privateKeyOutOfRange
    /// A private key's hex text was not valid hex.
    case invalidPrivateKeyHex(HexError)
    /// Public-key bytes were not a 33-, 64- or 65-byte encoding of a point on the curve.
    case invalidPublicKey(String)
    /// Signing and recovery take exactly a 32-byte digest.
    case invalidDigestLength(Int)
    /// A signature's r or s was not 32 bytes, or its r||s||v form not 65 bytes.
    case invalidSignatureLength(Int)
    /// The recovery id must be 0 or 1.
    case invalidRecoveryID(UInt8)
    /// Ethereum's v must be 27 or 28 (0 or 1 are accepted as the bare recovery id).
    case invalidV(UInt8)
    /// r or s is zero or not below n.
    case signatureOutOfRange
    /// s is above n/2: a malleable signature Ethereum (EIP-2) rejects.
    case highS
    /// No public key can be recovered from this digest and signature.
    case recoveryFailed

    public var description: String {
        switch self {
        case .invalidPrivateKeyLength(let count):
            "private key must be 32 bytes, got \(count)"
        case .privateKeyOutOfRange:
            "private key must be in 1...n-1 (secp256k1 group order n): got zero, n or above"
        case .invalidPrivateKeyHex(let error):
            "private key is not valid hex: \(error)"
        case .invalidPublicKey(let reason):
            "invalid secp256k1 public key: \(reason)"
        case .invalidDigestLength(let count):
            "digest must be 32 bytes, got \(count)"
        case .invalidSignatureLength(let count):
            "signature has \(count) bytes where 32 (r or s) or 65 (r||s||v) are needed"
        case .invalidRecoveryID(let id):
            "recovery id must be 0 or 1, got \(id)"
        case .invalidV(let v):
            "signature v must be 27 or 28 (or 0 or 1), got \(v)"
        case .signatureOutOfRange:
            "signature r and s must be in 1...n-1"
        case .highS:
            "signature s is above n/2 (high-s): Ethereum accepts only low-s signatures (EIP-2)"
        case .recoveryFailed:
            "no public key recovers from this digest and signature"
        }
    }
}

/// Overwrites `buffer` with zeros in a way the optimizer may not remove (key material).
func secureZero(_ buffer: UnsafeMutableRawBufferPointer) {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return }
    #if canImport(Darwin)
    _ = memset_s(base, buffer.count, 0, buffer.count)
    #elseif canImport(Glibc) || canImport(Musl)
    explicit_bzero(base, buffer.count)
    #else
    for i in 0..<buffer.count { buffer.storeBytes(of: 0, toByteOffset: i, as: UInt8.self) }
    #endif
}
