/// Escaping for Telegram's MarkdownV2 message format, so arbitrary text (prices with dots,
/// symbols with dashes, P&L with signs) is shown as written instead of failing with
/// "can't parse entities". The rules are the Bot API's "MarkdownV2 style" section.
public enum MarkdownV2 {
    /// Characters that must be escaped in ordinary text.
    public static let specialCharacters: Set<Character> = [
        "_", "*", "[", "]", "(", ")", "~", "`", ">", "#", "+", "-", "=", "|", "{", "}", ".", "!", "\\",
    ]

    /// Escapes text for use outside entities: every special character gets a backslash.
    public static func escape(_ text: String) -> String {
        escape(text, characters: specialCharacters)
    }

    /// Escapes text inside `pre` and `code` entities, where only ` and \ are special.
    public static func escapeCode(_ text: String) -> String {
        escape(text, characters: ["`", "\\"])
    }

    /// Escapes the URL inside the (...) part of an inline link, where only ) and \ are special.
    public static func escapeLinkURL(_ url: String) -> String {
        escape(url, characters: [")", "\\"])
    }

    private static func escape(_ text: String, characters: Set<Character>) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if characters.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
