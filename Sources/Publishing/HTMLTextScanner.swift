/// The words of an HTML fragment in one pass over its bytes, for `HTMLText`.
///
/// Plain text feeds the story engine and the titles of untitled items, where a
/// space more or less changes nothing, so it does without libxml2's HTML parser:
/// that parser spent about 80 instructions per byte of text and was the largest
/// single cost of a first cycle. The sanitiser's parser (`HTMLFragmentParser`)
/// reads the same syntax through `HTMLSyntax`.
///
/// What the scan keeps of that parse: every tag is a word boundary; comments,
/// doctypes and processing instructions hold no text and part no words, while
/// any other `<!` is text, as is a `<` that starts no tag; scripts, styles and
/// templates are skipped whole (a template inside a template ends at the first
/// end tag); character references are decoded, named ones with libxml2's own
/// HTML 4 table, and an unknown one stays as written. Characters the writers
/// remove (`MarkupText`) are removed here too, as they were before libxml2 saw the text.
enum HTMLTextScanner {
    /// `html` must be valid UTF-8 (a `String`'s bytes): text is copied between
    /// ASCII delimiters only, so it stays whole characters. The scan stops at
    /// the first tag or reference after `wordLimit` words of text.
    static func plainText(of html: UnsafeBufferPointer<UInt8>, wordLimit: Int) -> String {
        guard let base = html.baseAddress else { return "" }
        var text = WhitespaceCollapsingText(capacity: html.count)
        var index = 0
        var runStart = 0
        while index < html.count {
            // Text runs long between tags: a word of eight bytes with no `<`, `&` or
            // first byte of a forbidden character is passed with one test.
            if index + 8 <= html.count, case let word = ByteWord.load(base, at: index),
               !ByteWord.containsByte(UInt8(ascii: "<"), in: word), !ByteWord.containsByte(UInt8(ascii: "&"), in: word),
               !MarkupText.mayStartForbiddenCharacter(word) {
                index += 8
                continue
            }
            let byte = html[index]
            let resumption: Int
            if byte == UInt8(ascii: "<"), let markup = markupEnd(in: html, at: index) {
                text.append(UnsafeBufferPointer(rebasing: html[runStart..<index]))
                if markup.separatesWords { text.appendSpace() }
                resumption = markup.end
            } else if byte == UInt8(ascii: "&"), let (scalar, end) = HTMLSyntax.characterReference(in: html, at: index) {
                text.append(UnsafeBufferPointer(rebasing: html[runStart..<index]))
                if let scalar {
                    var encoded = MarkupText.referencedCharacter(scalar)
                    encoded.withUTF8 { text.append($0) }
                }
                resumption = end
            } else if case let length = MarkupText.forbiddenSequenceLength(html, at: index), length > 0 {
                // What the writers remove (`MarkupText`) is not text either, written
                // or referenced (`&#1;`); it never reached libxml2 before.
                text.append(UnsafeBufferPointer(rebasing: html[runStart..<index]))
                resumption = index + length
            } else {
                index += 1
                continue
            }
            index = resumption
            runStart = index
            if text.wordCount >= wordLimit { return text.string }
        }
        text.append(UnsafeBufferPointer(rebasing: html[runStart..<html.count]))
        return text.string
    }

    /// Where the markup starting with the `<` at `start` ends (past its `>`, or the
    /// end of the input when it is never closed), with a skipped element's content
    /// included, and whether it parts the words on either side; nil when the `<`
    /// starts no markup and is text.
    private static func markupEnd(in html: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, separatesWords: Bool)? {
        guard start + 1 < html.count else { return nil }
        let next = html[start + 1]
        if HTMLSyntax.isASCIILetter(next) {
            let nameEnd = html[(start + 1)...].firstIndex { !HTMLSyntax.isNameByte($0) } ?? html.count
            let tagEnd = HTMLSyntax.startTagEnd(in: html, from: nameEnd)
            let name = UnsafeBufferPointer(rebasing: html[(start + 1)..<nameEnd])
            // `<script/>`, closed by its own tag, is empty to libxml2.
            let isEmpty = tagEnd >= 2 && html[tagEnd - 1] == UInt8(ascii: ">") && html[tagEnd - 2] == UInt8(ascii: "/")
            guard !isEmpty, skippedElements.contains(where: { HTMLSyntax.equalsIgnoringASCIICase(name, $0) }) else {
                return (tagEnd, true)
            }
            return (closingTagEnd(of: name, in: html, from: tagEnd), true)
        }
        if next == UInt8(ascii: "/") {
            // libxml2 drops a `</` that starts no tag, and reads on.
            guard start + 2 < html.count, HTMLSyntax.isASCIILetter(html[start + 2]) else { return (start + 2, false) }
            return (html[(start + 2)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? html.count, true)
        }
        // Not elements: libxml2 reports no element around them, so the words on
        // either side run together as they do in a browser.
        return HTMLSyntax.declarationEnd(in: html, at: start).map { ($0, false) }
    }

    /// Past the end tag `</name…>` of a skipped element whose start tag ends at
    /// `index`, or the end of the input when it has none.
    private static func closingTagEnd(
        of name: UnsafeBufferPointer<UInt8>, in html: UnsafeBufferPointer<UInt8>, from index: Int
    ) -> Int {
        guard let close = HTMLSyntax.endTagStart(of: name, in: html, from: index, wholeName: true) else { return html.count }
        return html[(close + 2 + name.count)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? html.count
    }

    private static let skippedElements: [StaticString] = ["script", "style", "template"]
}
