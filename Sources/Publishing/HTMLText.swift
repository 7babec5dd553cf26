/// The words of an HTML fragment, for matching stories: tags dropped,
/// entities decoded, scripts and styles skipped, block boundaries kept as
/// spaces so words of adjacent paragraphs do not run together.
public enum HTMLText {
    /// - Parameter wordLimit: words a reader of the text needs at most; where
    ///   markup follows them, the rest of a long fragment is not read.
    public static func plainText(from html: String, wordLimit: Int = .max) -> String {
        guard mayHoldMarkup(html) else { return collapsingWhitespace(html) }
        var html = html
        return html.withUTF8 { HTMLTextScanner.plainText(of: $0, wordLimit: wordLimit) }
    }

    /// Whether the text holds a `<` or `&` character. A byte test settles it unless
    /// such a byte touches non-ASCII, where it may be part of a larger grapheme
    /// cluster (`<` followed by a combining accent is not the character `<`).
    private static func mayHoldMarkup(_ html: String) -> Bool {
        let bytes = html.utf8
        var previous: UInt8 = 0
        var iterator = bytes.makeIterator()
        var candidate = false
        while let byte = iterator.next() {
            if candidate {
                return byte < 0x80 || html.contains("<") || html.contains("&")
            }
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
                if previous >= 0x80 { return html.contains("<") || html.contains("&") }
                candidate = true
            }
            previous = byte
        }
        return candidate
    }

    /// Runs of white space become one space (see `WhitespaceCollapsingText`).
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var collapsed = WhitespaceCollapsingText(capacity: bytes.count)
            collapsed.append(bytes)
            return collapsed.string
        }
    }
}
