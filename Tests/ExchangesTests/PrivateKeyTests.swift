// Reference keys and public keys from eth-keys 0.8.0. Regenerate the fixtures with:
//   pip install eth-account==0.14.0 pycryptodome==3.24.1 && python3 scripts/fixtures/evm_primitives.py

import Exchanges
import Testing

@Suite("PrivateKey")
struct PrivateKeyTests {
    @Test func derivesTheReferencePublicKeys() throws {
        let fixtures = try EVMFixtures.load()
        #expect(fixtures.keys.count >= 8)
        for vector in fixtures.keys {
            let key = try PrivateKey(hex: vector.privateKey)
            #expect(Hex.encode(key.publicKey.uncompressed, prefix: true) == vector.publicKey, "\(vector.name)")
            #expect(Hex.encode(key.publicKey.compressed, prefix: true) == vector.publicKeyCompressed, "\(vector.name)")
        }
    }

    @Test func rejectsZeroOrderAndAboveOrder() throws {
        let fixtures = try EVMFixtures.load()
        #expect(fixtures.invalidPrivateKeys.map(\.name) == ["zero", "n", "n + 1", "2^256 - 1"])
        #expect(fixtures.invalidPrivateKeys[1].privateKey == fixtures.secp256k1N)
        for vector in fixtures.invalidPrivateKeys {
            #expect(throws: Secp256k1Error.privateKeyOutOfRange, "\(vector.name)") {
                try PrivateKey(hex: vector.privateKey)
            }
        }
    }

    @Test func acceptsOneAndOrderMinusOne() throws {
        let fixtures = try EVMFixtures.load()
        for name in ["one", "n - 1"] {
            let vector = try #require(fixtures.keys.first { $0.name == name })
            #expect(throws: Never.self) { try PrivateKey(hex: vector.privateKey) }
        }
    }

    @Test func rejectsWrongLengthAndBadHex() {
        #expect(throws: Secp256k1Error.invalidPrivateKeyLength(31)) {
            try PrivateKey(bytes: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: Secp256k1Error.invalidPrivateKeyLength(33)) {
            try PrivateKey(bytes: [UInt8](repeating: 1, count: 33))
        }
        #expect(throws: Secp256k1Error.invalidPrivateKeyHex(.invalidCharacter("z", index: 2))) {
            try PrivateKey(hex: "0xz" + String(repeating: "1", count: 63))
        }
    }

    @Test func neverPrintsItsBytes() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.keys.first { $0.name == "hardhat account 0" })
        let key = try PrivateKey(hex: vector.privateKey)
        let secretHex = String(vector.privateKey.dropFirst(2))

        struct Wallet { let label: String; let key: PrivateKey }
        let wallet = Wallet(label: "main", key: key)
        var dumped = ""
        dump(key, to: &dumped)
        var dumpedWallet = ""
        dump(wallet, to: &dumpedWallet)
        let renderings = [
            String(describing: key), String(reflecting: key), "\(key)", dumped,
            String(describing: wallet), String(reflecting: wallet), dumpedWallet,
            String(describing: [key]), String(describing: Optional(key)),
        ]
        for text in renderings {
            #expect(text.contains("PrivateKey(<redacted>)"), "\(text)")
            #expect(!text.lowercased().contains(secretHex), "\(text)")
            #expect(!text.lowercased().contains(secretHex.prefix(8)), "\(text)")
        }
        #expect(Mirror(reflecting: key).children.isEmpty)
    }

    @Test func exposesItsBytesOnlyThroughWithUnsafeBytes() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.keys.first { $0.name == "fixed random 1" })
        let key = try PrivateKey(hex: vector.privateKey)
        #expect(try key.withUnsafeBytes { Array($0) } == bytes(vector.privateKey))
    }

    @Test func randomKeysAreValidAndDistinct() {
        let a = PrivateKey.random()
        let b = PrivateKey.random()
        #expect(a.publicKey != b.publicKey)
        #expect(a.address != b.address)
    }
}
