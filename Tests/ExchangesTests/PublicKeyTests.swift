// Reference public keys from eth-keys 0.8.0. Regenerate the fixtures with:
//   pip install eth-account==0.14.0 pycryptodome==3.24.1 && python3 scripts/fixtures/evm_primitives.py

import Exchanges
import Testing

@Suite("PublicKey")
struct PublicKeyTests {
    @Test func parsesCompressedUncompressedAndPrefixedForms() throws {
        let fixtures = try EVMFixtures.load()
        for vector in fixtures.keys {
            let raw = try bytes(vector.publicKey)
            let expected = try PublicKey(bytes: raw)
            #expect(try PublicKey(bytes: [0x04] + raw) == expected, "\(vector.name)")
            #expect(try PublicKey(bytes: bytes(vector.publicKeyCompressed)) == expected, "\(vector.name)")
            #expect(Hex.encode(expected.compressed, prefix: true) == vector.publicKeyCompressed)
        }
    }

    @Test func rejectsPointsOffTheCurveAndBadEncodings() throws {
        let fixtures = try EVMFixtures.load()
        var raw = try bytes(try #require(fixtures.keys.first).publicKey)
        raw[63] ^= 1  // y no longer matches x
        #expect(throws: Secp256k1Error.invalidPublicKey("not a point on the curve")) { try PublicKey(bytes: raw) }
        let error = #expect(throws: Secp256k1Error.self) { try PublicKey(bytes: [0x06] + raw) }
        #expect(error?.description.contains("must start with 0x04") == true)
        #expect(throws: Secp256k1Error.self) { try PublicKey(bytes: [UInt8](repeating: 2, count: 32)) }
    }
}
