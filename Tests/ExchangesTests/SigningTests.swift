// Reference signatures from eth-account 0.14.0 (Account.sign_message(encode_defunct(...)) and
// Account.unsafe_sign_hash) over eth-keys 0.8.0. Regenerate the fixtures with:
//   pip install eth-account==0.14.0 pycryptodome==3.24.1 && python3 scripts/fixtures/evm_primitives.py

import Exchanges
import Testing

@Suite("Signing and recovery")
struct SigningTests {
    @Test func digestSignatureEqualsEthAccountByteForByte() throws {
        let fixtures = try EVMFixtures.load()
        var count = 0
        for key in fixtures.keys {
            let privateKey = try PrivateKey(hex: key.privateKey)
            for vector in key.digestSign {
                let signature = try privateKey.sign(digest: bytes(try #require(vector.digest)))
                #expect(Hex.encode(signature.r, prefix: true) == vector.r, "\(key.name) / \(vector.name)")
                #expect(Hex.encode(signature.s, prefix: true) == vector.s, "\(key.name) / \(vector.name)")
                #expect(signature.v == vector.v, "\(key.name) / \(vector.name)")
                #expect(Hex.encode(signature.ethereumBytes, prefix: true) == vector.signature, "\(key.name) / \(vector.name)")
                count += 1
            }
        }
        #expect(count >= 8 * 4)
    }

    @Test func personalMessageHashEqualsEthAccount() throws {
        let fixtures = try EVMFixtures.load()
        for vector in try #require(fixtures.keys.first).personalSign {
            let message = try bytes(try #require(vector.message))
            #expect(Hex.encode(PersonalMessage.hash(message), prefix: true) == vector.hash, "\(vector.name)")
            if let text = vector.text {
                #expect(Hex.encode(PersonalMessage.hash(text), prefix: true) == vector.hash, "\(vector.name)")
            }
        }
    }

    @Test func personalMessageSignatureEqualsEthAccountByteForByte() throws {
        let fixtures = try EVMFixtures.load()
        for key in fixtures.keys {
            let privateKey = try PrivateKey(hex: key.privateKey)
            for vector in key.personalSign {
                let signature = privateKey.signPersonalMessage(try bytes(try #require(vector.message)))
                #expect(signature.description == vector.signature, "\(key.name) / \(vector.name)")
                if let text = vector.text {
                    #expect(privateKey.signPersonalMessage(text) == signature, "\(key.name) / \(vector.name)")
                }
            }
        }
    }

    @Test func recoveryReturnsTheSignersAddress() throws {
        let fixtures = try EVMFixtures.load()
        for key in fixtures.keys {
            for vector in key.digestSign {
                let signature = try Signature(ethereumHex: vector.signature)
                let recovered = try PublicKey(recovering: bytes(try #require(vector.digest)), signature: signature)
                #expect(recovered.address.checksummed == key.address, "\(key.name) / \(vector.name)")
                #expect(Hex.encode(recovered.uncompressed, prefix: true) == key.publicKey)
            }
            for vector in key.personalSign {
                let signature = try Signature(r: bytes(vector.r), s: bytes(vector.s), v: vector.v)
                let signer = try PersonalMessage.signer(of: bytes(try #require(vector.message)), signature: signature)
                #expect(signer.checksummed == key.address, "\(key.name) / \(vector.name)")
            }
        }
    }

    @Test func recoveryOfARandomKeysSignatureReturnsItsAddress() throws {
        let key = PrivateKey.random()
        let signature = key.signPersonalMessage("Miyamoto login nonce 7")
        #expect(try PersonalMessage.signer(of: "Miyamoto login nonce 7", signature: signature) == key.address)
        #expect(try PersonalMessage.signer(of: "Miyamoto login nonce 8", signature: signature) != key.address)
    }

    @Test func recoveryRejectsHighS() throws {
        let fixtures = try EVMFixtures.load()
        #expect(!fixtures.highSSignatures.isEmpty)
        for vector in fixtures.highSSignatures {
            let signature = try Signature(r: bytes(vector.r), s: bytes(vector.s), v: vector.v)
            let error = #expect(throws: Secp256k1Error.highS) {
                try PublicKey(recovering: bytes(vector.digest), signature: signature)
            }
            #expect(error?.description.contains("high-s") == true)
        }
    }

    @Test func rejectsInvalidV() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.keys.first?.digestSign.first)
        var raw = try bytes(vector.signature)
        for v: UInt8 in [2, 26, 29, 35, 37, 255] {
            raw[64] = v
            let error = #expect(throws: Secp256k1Error.invalidV(v)) { try Signature(ethereumBytes: raw) }
            #expect(error?.description == "signature v must be 27 or 28 (or 0 or 1), got \(v)")
        }
        #expect(throws: Secp256k1Error.invalidRecoveryID(2)) {
            try Signature(r: bytes(vector.r), s: bytes(vector.s), recoveryID: 2)
        }
    }

    @Test func acceptsBareRecoveryIDAsV() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.keys.first?.digestSign.first)
        var raw = try bytes(vector.signature)
        raw[64] -= 27
        #expect(try Signature(ethereumBytes: raw) == Signature(ethereumHex: vector.signature))
    }

    @Test func recoveryRejectsOutOfRangeRAndS() throws {
        let fixtures = try EVMFixtures.load()
        let vector = try #require(fixtures.keys.first?.digestSign.first)
        let digest = try bytes(try #require(vector.digest))
        let n = try bytes(fixtures.secp256k1N)
        let zero = [UInt8](repeating: 0, count: 32)
        for (r, s) in [(zero, try bytes(vector.s)), (n, try bytes(vector.s)), (try bytes(vector.r), zero)] {
            let signature = try Signature(r: r, s: s, recoveryID: 0)
            #expect(throws: Secp256k1Error.signatureOutOfRange) {
                try PublicKey(recovering: digest, signature: signature)
            }
        }
    }

    @Test func signsAndRecoversConcurrentlyThroughTheSharedContext() async throws {
        let fixtures = try EVMFixtures.load()
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for key in fixtures.keys {
                group.addTask {
                    var mismatches = 0
                    for _ in 0..<20 {
                        for vector in key.personalSign {
                            guard let privateKey = try? PrivateKey(hex: key.privateKey),
                                  let message = try? bytes(vector.message ?? "")
                            else { return .max }
                            let signature = privateKey.signPersonalMessage(message)
                            let signer = try? PersonalMessage.signer(of: message, signature: signature)
                            if signature.description != vector.signature || signer?.checksummed != key.address {
                                mismatches += 1
                            }
                        }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }

    @Test func rejectsDigestsThatAreNot32Bytes() throws {
        let key = PrivateKey.random()
        #expect(throws: Secp256k1Error.invalidDigestLength(31)) { try key.sign(digest: [UInt8](repeating: 7, count: 31)) }
        #expect(throws: Secp256k1Error.invalidDigestLength(33)) { try key.sign(digest: [UInt8](repeating: 7, count: 33)) }
    }
}
