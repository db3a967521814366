// Keccak-256 as Ethereum uses it: Keccak[r=1088, c=512] with the original 0x01 padding
// (FIPS 202 SHA3-256 differs only in padding, 0x06, and gives different digests).

/// Ethereum's Keccak-256 hash (original Keccak padding, not SHA3-256): the hash behind
/// addresses, EIP-191/EIP-712 digests and ABI function selectors.
///
/// One-shot: `Keccak256.hash(bytes)`. Streaming: `update(_:)` any number of times, then
/// `finalize()`. The state is a fixed-size value: hashing allocates only the 32-byte result.
public struct Keccak256: Sendable {
    /// Bytes in a digest.
    public static let byteCount = 32
    /// Bytes absorbed per permutation (the rate, 1088 bits).
    public static let blockByteCount = 136

    private var state = KeccakState()
    /// Bytes of the current block already absorbed, `0..<blockByteCount`.
    private var offset = 0

    /// A hasher with nothing absorbed yet.
    public init() {}

    /// The 32-byte Keccak-256 digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = Keccak256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Absorbs `bytes`; calls may split the input anywhere without changing the digest.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let absorbed: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            absorb(UnsafeRawBufferPointer(buffer))
        }
        if absorbed == nil {
            Array(bytes).withUnsafeBytes { absorb($0) }
        }
    }

    /// The digest of everything absorbed so far; the hasher itself is left unchanged.
    public func finalize() -> [UInt8] {
        var state = self.state
        state.xor(byte: 0x01, at: offset)
        state.xor(byte: 0x80, at: Self.blockByteCount - 1)
        state.permute()
        return state.firstBytes(Self.byteCount)
    }

    private mutating func absorb(_ input: UnsafeRawBufferPointer) {
        var index = 0
        while index < input.count {
            if offset & 7 == 0, input.count - index >= 8 {
                // A whole lane at once (little-endian, as Keccak defines lanes).
                let lane = UInt64(littleEndian: input.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                state.xor(lane: lane, at: offset >> 3)
                offset += 8
                index += 8
            } else {
                state.xor(byte: input[index], at: offset)
                offset += 1
                index += 1
            }
            if offset == Self.blockByteCount {
                state.permute()
                offset = 0
            }
        }
    }
}

/// The 1600-bit Keccak state: 25 lanes of 64 bits, lane (x, y) at index x + 5y, held inline.
private struct KeccakState: Sendable {
    var lanes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    mutating func xor(lane value: UInt64, at lane: Int) {
        withUnsafeMutableBytes(of: &lanes) { raw in
            let old = raw.load(fromByteOffset: lane &* 8, as: UInt64.self)
            raw.storeBytes(of: old ^ value, toByteOffset: lane &* 8, as: UInt64.self)
        }
    }

    /// XORs `byte` into byte `position` of the state (lanes are little-endian).
    mutating func xor(byte: UInt8, at position: Int) {
        xor(lane: UInt64(byte) &<< UInt64((position & 7) &* 8), at: position >> 3)
    }

    /// The first `count` bytes of the state (count ≤ 200), lanes in little-endian order.
    func firstBytes(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            withUnsafeBytes(of: lanes) { raw in
                for i in 0..<count {
                    let lane = UInt64(littleEndian: raw.load(fromByteOffset: (i >> 3) &* 8, as: UInt64.self))
                    buffer[i] = UInt8(truncatingIfNeeded: lane &>> UInt64((i & 7) &* 8))
                }
            }
            initialized = count
        }
    }

    /// Keccak-f[1600]: 24 rounds of θ, ρ, π, χ and ι over the lanes held in locals.
    mutating func permute() {
        var a0 = lanes.0
        var a1 = lanes.1
        var a2 = lanes.2
        var a3 = lanes.3
        var a4 = lanes.4
        var a5 = lanes.5
        var a6 = lanes.6
        var a7 = lanes.7
        var a8 = lanes.8
        var a9 = lanes.9
        var a10 = lanes.10
        var a11 = lanes.11
        var a12 = lanes.12
        var a13 = lanes.13
        var a14 = lanes.14
        var a15 = lanes.15
        var a16 = lanes.16
        var a17 = lanes.17
        var a18 = lanes.18
        var a19 = lanes.19
        var a20 = lanes.20
        var a21 = lanes.21
        var a22 = lanes.22
        var a23 = lanes.23
        var a24 = lanes.24
        for roundConstant in keccakRoundConstants {
                // θ
                let c0 = a0 ^ a5 ^ a10 ^ a15 ^ a20
                let c1 = a1 ^ a6 ^ a11 ^ a16 ^ a21
                let c2 = a2 ^ a7 ^ a12 ^ a17 ^ a22
                let c3 = a3 ^ a8 ^ a13 ^ a18 ^ a23
                let c4 = a4 ^ a9 ^ a14 ^ a19 ^ a24
                let d0 = c4 ^ c1.rotatedLeft(by: 1)
                let d1 = c0 ^ c2.rotatedLeft(by: 1)
                let d2 = c1 ^ c3.rotatedLeft(by: 1)
                let d3 = c2 ^ c4.rotatedLeft(by: 1)
                let d4 = c3 ^ c0.rotatedLeft(by: 1)
                // ρ and π
                let b0 = a0 ^ d0
                let b1 = (a6 ^ d1).rotatedLeft(by: 44)
                let b2 = (a12 ^ d2).rotatedLeft(by: 43)
                let b3 = (a18 ^ d3).rotatedLeft(by: 21)
                let b4 = (a24 ^ d4).rotatedLeft(by: 14)
                let b5 = (a3 ^ d3).rotatedLeft(by: 28)
                let b6 = (a9 ^ d4).rotatedLeft(by: 20)
                let b7 = (a10 ^ d0).rotatedLeft(by: 3)
                let b8 = (a16 ^ d1).rotatedLeft(by: 45)
                let b9 = (a22 ^ d2).rotatedLeft(by: 61)
                let b10 = (a1 ^ d1).rotatedLeft(by: 1)
                let b11 = (a7 ^ d2).rotatedLeft(by: 6)
                let b12 = (a13 ^ d3).rotatedLeft(by: 25)
                let b13 = (a19 ^ d4).rotatedLeft(by: 8)
                let b14 = (a20 ^ d0).rotatedLeft(by: 18)
                let b15 = (a4 ^ d4).rotatedLeft(by: 27)
                let b16 = (a5 ^ d0).rotatedLeft(by: 36)
                let b17 = (a11 ^ d1).rotatedLeft(by: 10)
                let b18 = (a17 ^ d2).rotatedLeft(by: 15)
                let b19 = (a23 ^ d3).rotatedLeft(by: 56)
                let b20 = (a2 ^ d2).rotatedLeft(by: 62)
                let b21 = (a8 ^ d3).rotatedLeft(by: 55)
                let b22 = (a14 ^ d4).rotatedLeft(by: 39)
                let b23 = (a15 ^ d0).rotatedLeft(by: 41)
                let b24 = (a21 ^ d1).rotatedLeft(by: 2)
                // χ
                a0 = b0 ^ (~b1 & b2)
                a1 = b1 ^ (~b2 & b3)
                a2 = b2 ^ (~b3 & b4)
                a3 = b3 ^ (~b4 & b0)
                a4 = b4 ^ (~b0 & b1)
                a5 = b5 ^ (~b6 & b7)
                a6 = b6 ^ (~b7 & b8)
                a7 = b7 ^ (~b8 & b9)
                a8 = b8 ^ (~b9 & b5)
                a9 = b9 ^ (~b5 & b6)
                a10 = b10 ^ (~b11 & b12)
                a11 = b11 ^ (~b12 & b13)
                a12 = b12 ^ (~b13 & b14)
                a13 = b13 ^ (~b14 & b10)
                a14 = b14 ^ (~b10 & b11)
                a15 = b15 ^ (~b16 & b17)
                a16 = b16 ^ (~b17 & b18)
                a17 = b17 ^ (~b18 & b19)
                a18 = b18 ^ (~b19 & b15)
                a19 = b19 ^ (~b15 & b16)
                a20 = b20 ^ (~b21 & b22)
                a21 = b21 ^ (~b22 & b23)
                a22 = b22 ^ (~b23 & b24)
                a23 = b23 ^ (~b24 & b20)
                a24 = b24 ^ (~b20 & b21)
                // ι
                a0 ^= roundConstant

        }
        lanes = (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24)
    }
}

private let keccakRoundConstants: [UInt64] = [
    0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
    0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
    0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
    0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
    0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
    0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
]

extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(by n: UInt64) -> UInt64 {
        self &<< n | self &>> (64 &- n)
    }
}
