// Reference addresses from eth-account 0.14.0 / eth-utils (to_checksum_address) and the test
// vectors of EIP-55 itself. Regenerate the fixtures with:
//   pip install eth-account==0.14.0 pycryptodome==3.24.1 && python3 scripts/fixtures/evm_primitives.py

import Exchanges
import Foundation
import Testing

@Suite("EthereumAddress")
struct EthereumAddressTests {
    @Test func derivesTheReferenceAddressFromEachKey() throws {
        let fixtures = try EVMFixtures.load()
        for vector in fixtures.keys {
            let key = try PrivateKey(hex: vector.privateKey)
            #expect(key.address.checksummed == vector.address, "\(vector.name)")
            #expect(EthereumAddress(publicKey: try PublicKey(bytes: bytes(vector.publicKey))).checksummed == vector.address)
        }
    }

    @Test func encodesTheEIP55Checksum() throws {
        let fixtures = try EVMFixtures.load()
        // The eight vectors of EIP-55 itself come first, then the fixture keys' addresses.
        #expect(fixtures.eip55Valid.prefix(8).map(\.checksummed).contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
        for vector in fixtures.eip55Valid {
            let address = try EthereumAddress(vector.lowercase)
            #expect(address.checksummed == vector.checksummed)
            #expect(address.description == vector.checksummed)
            #expect(address.lowercased == vector.lowercase)
        }
    }

    @Test func acceptsCorrectChecksumsAndSingleCaseStrings() throws {
        let fixtures = try EVMFixtures.load()
        for vector in fixtures.eip55Valid {
            let bytes = try bytes(vector.lowercase)
            let body = String(vector.lowercase.dropFirst(2))
            for form in [vector.checksummed, vector.lowercase, "0x" + body.uppercased(), body, String(vector.checksummed.dropFirst(2))] {
                #expect(try EthereumAddress(form).bytes == bytes, "\(form)")
            }
        }
    }

    @Test func rejectsMixedCaseWithAWrongChecksum() throws {
        let fixtures = try EVMFixtures.load()
        #expect(fixtures.eip55Invalid.count >= 4)
        for vector in fixtures.eip55Invalid {
            let error = #expect(throws: EthereumAddressError.checksumMismatch(given: vector.address, expected: vector.correct)) {
                try EthereumAddress(vector.address)
            }
            #expect(error?.description.contains("invalid EIP-55 checksum") == true)
        }
    }

    @Test func rejectsWrongLengthAndBadHex() {
        #expect(throws: EthereumAddressError.invalidLength(bytes: 19)) {
            try EthereumAddress("0x" + String(repeating: "ab", count: 19))
        }
        #expect(throws: EthereumAddressError.invalidHex(.oddLength(digits: 39))) {
            try EthereumAddress("0x" + String(repeating: "a", count: 39))
        }
        #expect(throws: EthereumAddressError.invalidHex(.invalidCharacter("g", index: 41))) {
            try EthereumAddress("0x" + String(repeating: "a", count: 39) + "g")
        }
    }

    @Test func codableUsesTheChecksummedStringAndValidatesIt() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.eip55Invalid.first)
        let address = try EthereumAddress(vector.correct)
        let json = try JSONEncoder().encode([address])
        #expect(String(decoding: json, as: UTF8.self) == "[\"\(vector.correct)\"]")
        #expect(try JSONDecoder().decode([EthereumAddress].self, from: json) == [address])
        let bad = Data("[\"\(vector.address)\"]".utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([EthereumAddress].self, from: bad) }
    }
}
