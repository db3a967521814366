// Reference digests from eth-hash (pycryptodome). Regenerate the fixtures with:
//   pip install eth-account==0.14.0 pycryptodome==3.24.1 && python3 scripts/fixtures/evm_primitives.py

import Exchanges
import Testing

@Suite("Keccak-256")
struct KeccakTests {
    @Test func oneShotHashMatchesReferenceDigests() throws {
        let fixtures = try EVMFixtures.load()
        #expect(fixtures.keccak256.count >= 10)
        for vector in fixtures.keccak256 {
            let digest = Keccak256.hash(try bytes(vector.input))
            #expect(Hex.encode(digest, prefix: true) == vector.digest, "\(vector.name)")
        }
    }

    @Test func emptyInputGivesKeccakNotSHA3Digest() {
        // Keccak-256("") is c5d2…a470; SHA3-256("") would be a7ff…434a (padding 0x06).
        #expect(Hex.encode(Keccak256.hash([])) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }

    @Test func streamingInAnyChunkSizesMatchesOneShot() throws {
        let fixtures = try EVMFixtures.load()
        for vector in fixtures.keccak256 {
            let input = try bytes(vector.input)
            for chunkSize in [1, 3, 7, 8, 9, 64, 135, 136, 137, 500] {
                var hasher = Keccak256()
                var start = 0
                while start < input.count {
                    let end = min(start + chunkSize, input.count)
                    hasher.update(input[start..<end])
                    start = end
                }
                #expect(Hex.encode(hasher.finalize(), prefix: true) == vector.digest, "\(vector.name), chunks of \(chunkSize)")
            }
        }
    }

    @Test func nonContiguousSequenceHashesLikeItsBytes() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.keccak256.first { $0.name == "1000 bytes" })
        let input = try bytes(vector.input)
        // A lazy map has no contiguous storage, so this takes the copying path.
        let digest = Keccak256.hash(input.lazy.map { $0 })
        #expect(Hex.encode(digest, prefix: true) == vector.digest)
    }

    @Test func finalizeLeavesTheHasherUsable() throws {
        var hasher = Keccak256()
        hasher.update("ab".utf8)
        _ = hasher.finalize()
        hasher.update("c".utf8)
        #expect(hasher.finalize() == Keccak256.hash("abc".utf8))
    }
}
