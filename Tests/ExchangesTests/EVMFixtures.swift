// Reference values made by eth-account / eth-keys / eth-hash (not by this package). Regenerate:
//   pip install eth-account==0.14.0 pycryptodome==3.24.1 && python3 scripts/fixtures/evm_primitives.py
// which writes Tests/ExchangesTests/Fixtures/evm_primitives.json.

import Exchanges
import Foundation

/// The contents of Fixtures/evm_primitives.json, as scripts/fixtures/evm_primitives.py writes it.
struct EVMFixtures: Decodable, Sendable {
    struct KeccakVector: Decodable, Sendable {
        let name: String
        let input: String
        let digest: String
    }

    struct SignatureVector: Decodable, Sendable {
        let name: String
        /// The signed bytes: the message (personal_sign) or the 32-byte digest (raw signing).
        let message: String?
        let text: String?
        let hash: String?
        let digest: String?
        let r: String
        let s: String
        let v: UInt8
        let signature: String
    }

    struct KeyVector: Decodable, Sendable {
        let name: String
        let privateKey: String
        let publicKey: String
        let publicKeyCompressed: String
        let address: String
        let personalSign: [SignatureVector]
        let digestSign: [SignatureVector]
    }

    struct HighSVector: Decodable, Sendable {
        let digest: String
        let r: String
        let s: String
        let v: UInt8
        let signer: String
    }

    struct NamedKey: Decodable, Sendable {
        let name: String
        let privateKey: String
    }

    struct ChecksumVector: Decodable, Sendable {
        let lowercase: String
        let checksummed: String
    }

    struct BadChecksumVector: Decodable, Sendable {
        let address: String
        let correct: String
    }

    let versions: [String: String]
    let secp256k1N: String
    let keccak256: [KeccakVector]
    let keys: [KeyVector]
    let highSSignatures: [HighSVector]
    let invalidPrivateKeys: [NamedKey]
    let eip55Valid: [ChecksumVector]
    let eip55Invalid: [BadChecksumVector]

    /// Loaded once per test process; a missing or malformed file fails every test that uses it.
    static func load() throws -> EVMFixtures {
        try cached.get()
    }

    private static let cached: Result<EVMFixtures, any Error> = Result(catching: {
        guard let url = Bundle.module.url(forResource: "evm_primitives", withExtension: "json", subdirectory: "Fixtures")
        else { throw CocoaError(.fileNoSuchFile) }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(EVMFixtures.self, from: Data(contentsOf: url))
    })
}

/// Hex to bytes for test data (the fixture is trusted to be valid hex).
func bytes(_ hex: String) throws -> [UInt8] {
    try Hex.decode(hex)
}
