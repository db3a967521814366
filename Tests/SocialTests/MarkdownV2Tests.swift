import Social
import Testing

/// Telegram Bot API, "MarkdownV2 style": '_', '*', '[', ']', '(', ')', '~', '`', '>', '#', '+', '-',
/// '=', '|', '{', '}', '.', '!' must be escaped with a preceding '\' (and '\' itself).
@Suite("Telegram MarkdownV2 escaping")
struct MarkdownV2Tests {
    @Test("every special character of the Bot API's list is escaped", arguments: Array("_*[]()~`>#+-=|{}.!\\"))
    func everySpecialCharacter(character: Character) {
        #expect(MarkdownV2.escape(String(character)) == "\\" + String(character))
    }

    @Test("ordinary text, digits and emoji pass unchanged")
    func plainText() {
        #expect(MarkdownV2.escape("BTC up 3 pct 🚀 at 09h00") == "BTC up 3 pct 🚀 at 09h00")
    }

    @Test("a typical alert line is escaped where needed and nowhere else")
    func alertLine() {
        #expect(MarkdownV2.escape("BTC-USD +2.5% (stop: 97,000.00)!") == "BTC\\-USD \\+2\\.5% \\(stop: 97,000\\.00\\)\\!")
    }

    @Test("inside code only backtick and backslash are escaped")
    func code() {
        #expect(MarkdownV2.escapeCode("a_b `c` \\d.") == "a_b \\`c\\` \\\\d.")
    }

    @Test("inside a link URL only ) and backslash are escaped")
    func linkURL() {
        #expect(MarkdownV2.escapeLinkURL("https://x.com/a_(b)") == "https://x.com/a_(b\\)")
    }
}
