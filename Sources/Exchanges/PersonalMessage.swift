// EIP-191 version 0x45 ("personal_sign") messages: hashing, signing and signer recovery.

/// EIP-191 `personal_sign` hashing: Keccak-256 of "\u{19}Ethereum Signed Message:\n" + the
/// message's byte count in decimal + the message, so a signed message can never be a transaction.
public enum PersonalMessage {
    /// The prefix EIP-191 puts before a message of `byteCount` bytes.
    public static func prefix(byteCount: Int) -> [UInt8] {
        Array("\u{19}Ethereum Signed Message:\n\(byteCount)".utf8)
    }

    /// The 32-byte digest a wallet signs for `message` (raw bytes).
    public static func hash(_ message: some Collection<UInt8>) -> [UInt8] {
        var hasher = Keccak256()
        hasher.update(prefix(byteCount: message.count))
        hasher.update(message)
        return hasher.finalize()
    }

    /// The 32-byte digest a wallet signs for `text` (its UTF-8 bytes).
    public static func hash(_ text: String) -> [UInt8] {
        hash(Array(text.utf8))
    }

    /// The address that signed `message` (raw bytes) with `signature`.
    /// Throws for invalid or high-s signatures (see ``PublicKey/init(recovering:signature:)``).
    public static func signer(of message: some Collection<UInt8>, signature: Signature) throws(Secp256k1Error) -> EthereumAddress {
        try PublicKey(recovering: hash(message), signature: signature).address
    }

    /// The address that signed `text` (its UTF-8 bytes) with `signature`.
    public static func signer(of text: String, signature: Signature) throws(Secp256k1Error) -> EthereumAddress {
        try signer(of: Array(text.utf8), signature: signature)
    }
}

extension PrivateKey {
    /// Signs `message` (raw bytes) as `personal_sign` / eth-account's `sign_message(encode_defunct(...))` do.
    public func signPersonalMessage(_ message: some Collection<UInt8>) -> Signature {
        sign(digest32: PersonalMessage.hash(message))
    }

    /// Signs `text` (its UTF-8 bytes) as `personal_sign` does.
    public func signPersonalMessage(_ text: String) -> Signature {
        signPersonalMessage(Array(text.utf8))
    }
}
