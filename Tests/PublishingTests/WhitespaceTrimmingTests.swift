@testable import Publishing
import Testing

@Suite struct WhitespaceTrimmingTests {
    /// Trimming `Character` by `Character`, the definition the byte path must agree with.
    static func byCharacters(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    @Test(arguments: [
        "", " ", " \t\r\n\u{0B}\u{0C} ", "<p>text</p>", "\n<p>text</p>\n\n", "  x  ", "\r\nx\r\n",
        // A combining mark joins the space before it into one white space Character.
        " \u{0301}x", "x \u{0301}",
        // White space that is not ASCII, alone or beside ASCII white space.
        "\u{00A0}x\u{00A0}", " \u{3000}x\u{2028} ", "\u{0085}",
        // A prepended mark takes the space after it into a Character that is not white space.
        "x\u{0600} ", "\u{0600} x",
        "Привет, мир", " Привет ", "x\u{1F}", "\u{1F}x",
    ])
    func bytesAndCharactersTrimAlike(text: String) {
        let expected = Self.byCharacters(text)
        #expect(text.trimmingWhitespace() == expected)
        #expect(text[...].trimmingWhitespace() == expected)
        #expect(WhitespaceTrimming.trimming(Array(text.utf8)) == Array(expected.utf8))
    }

    @Test func asciiEdgesAreSettledByBytesAndOthersAreNot() {
        #expect(WhitespaceTrimming.asciiBounds(of: Array(" <p>x</p>\n".utf8)) == 1..<9)
        #expect(WhitespaceTrimming.asciiBounds(of: Array(" \u{0301}x".utf8)) == nil)
        #expect(WhitespaceTrimming.asciiBounds(of: Array("x\u{00A0}".utf8)) == nil)
    }
}
