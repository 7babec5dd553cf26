internal import CLibXML2

/// The words of an HTML fragment in one pass over its bytes, for `HTMLText`.
///
/// Plain text feeds the story engine and the titles of untitled items, where a
/// space more or less changes nothing, so it does without libxml2's HTML parser:
/// that parser spent about 80 instructions per byte of text and was the largest
/// single cost of a first cycle. The sanitiser, whose output readers load, keeps it.
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
    /// ASCII delimiters only, so it stays whole characters.
    static func plainText(of html: UnsafeBufferPointer<UInt8>) -> String {
        var text = WhitespaceCollapsingText(capacity: html.count)
        var index = 0
        var runStart = 0
        while index < html.count {
            let byte = html[index]
            let resumption: Int
            if byte == UInt8(ascii: "<"), let markup = markupEnd(in: html, at: index) {
                text.append(UnsafeBufferPointer(rebasing: html[runStart..<index]))
                if markup.separatesWords { text.appendSpace() }
                resumption = markup.end
            } else if byte == UInt8(ascii: "&"), let (scalar, end) = characterReference(in: html, at: index) {
                text.append(UnsafeBufferPointer(rebasing: html[runStart..<index]))
                if let scalar {
                    var encoded = MarkupText.removingForbiddenCharacters(String(Character(scalar)))
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
        let startsName = start + 2 < html.count && isASCIILetter(html[start + 2])
        if isASCIILetter(next) {
            let nameEnd = html[(start + 1)...].firstIndex { !isNameByte($0) } ?? html.count
            let tagEnd = startTagEnd(in: html, from: nameEnd)
            let name = UnsafeBufferPointer(rebasing: html[(start + 1)..<nameEnd])
            // `<script/>`, closed by its own tag, is empty to libxml2.
            let isEmpty = tagEnd >= 2 && html[tagEnd - 1] == UInt8(ascii: ">") && html[tagEnd - 2] == UInt8(ascii: "/")
            guard !isEmpty, skippedElements.contains(where: { equalsIgnoringASCIICase(name, $0) }) else { return (tagEnd, true) }
            return (closingTagEnd(of: name, in: html, from: tagEnd), true)
        }
        let tagEnd = { html[(start + 2)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? html.count }
        switch next {
        case UInt8(ascii: "/") where startsName:
            return (tagEnd(), true)
        // Not elements: libxml2 reports no element around them, so the words on
        // either side run together as they do in a browser.
        case UInt8(ascii: "!") where starts(html, at: start + 2, with: "--"):
            return (commentEnd(in: html, from: start + 4), false)
        case UInt8(ascii: "?") where startsName, UInt8(ascii: "!") where startsIgnoringASCIICase(html, at: start + 2, with: "doctype"):
            return (tagEnd(), false)
        case UInt8(ascii: "/"), UInt8(ascii: "?"):
            // libxml2 drops a `</` or `<?` that starts no tag or instruction, and reads on.
            return (start + 2, false)
        default:
            return nil
        }
    }

    /// Past the `-->` (or `--!>`, which libxml2 also takes) that ends a comment
    /// whose text starts at `index`, or the end of the input when none does.
    private static func commentEnd(in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while let dashes = range(of: "--", in: html, from: index) {
            if starts(html, at: dashes.upperBound, with: ">") { return dashes.upperBound + 1 }
            if starts(html, at: dashes.upperBound, with: "!>") { return dashes.upperBound + 2 }
            index = dashes.lowerBound + 1
        }
        return html.count
    }

    /// Past the `>` that closes a start tag whose name ends at `index`: a `>`
    /// inside a quoted attribute value does not close it.
    private static func startTagEnd(in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        var afterEquals = false
        while index < html.count {
            let byte = html[index]
            switch byte {
            case UInt8(ascii: ">"):
                return index + 1
            case UInt8(ascii: "="):
                afterEquals = true
            case UInt8(ascii: "\"") where afterEquals, UInt8(ascii: "'") where afterEquals:
                guard let close = html[(index + 1)...].firstIndex(of: byte) else { return html.count }
                index = close
                afterEquals = false
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20:
                break
            default:
                afterEquals = false
            }
            index += 1
        }
        return html.count
    }

    /// Past the end tag `</name…>` of a skipped element whose start tag ends at
    /// `index`, or the end of the input when it has none.
    private static func closingTagEnd(
        of name: UnsafeBufferPointer<UInt8>, in html: UnsafeBufferPointer<UInt8>, from index: Int
    ) -> Int {
        var index = index
        while let open = range(of: "</", in: html, from: index) {
            let nameEnd = open.upperBound + name.count
            if nameEnd <= html.count,
               equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: html[open.upperBound..<nameEnd]), name),
               nameEnd == html.count || !isNameByte(html[nameEnd]) {
                return html[nameEnd...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? html.count
            }
            index = open.upperBound
        }
        return html.count
    }

    /// The character a reference at `start` (`&…`) stands for, nil when it
    /// stands for none (`&#0;`, `&#`), and where the reference ends; nil when
    /// the `&` starts no reference libxml2 would read, and is text.
    private static func characterReference(
        in html: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> (scalar: Unicode.Scalar?, end: Int)? {
        var index = start + 1
        guard index < html.count else { return nil }
        if html[index] == UInt8(ascii: "#") {
            index += 1
            let hexadecimal = index < html.count && (html[index] | 0x20) == UInt8(ascii: "x")
            if hexadecimal { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < html.count, let digit = digitValue(html[index], hexadecimal: hexadecimal) {
                // Saturates above the highest scalar, which is invalid either way.
                value = min(value &* (hexadecimal ? 16 : 10) &+ digit, 0x11_0000)
                index += 1
            }
            // libxml2 drops a `&#` without digits (and its `;`), and decodes a
            // numeric reference whose `;` is missing.
            let hasDigits = index > digitsStart
            if index < html.count && html[index] == UInt8(ascii: ";") { index += 1 }
            guard hasDigits else { return (nil, index) }
            return (value == 0 ? nil : Unicode.Scalar(value), index)
        }
        guard isASCIILetter(html[index]) else { return nil }
        while index < html.count && (isASCIILetter(html[index]) || isASCIIDigit(html[index])) { index += 1 }
        guard index < html.count, html[index] == UInt8(ascii: ";") else { return nil }
        let name = UnsafeBufferPointer(rebasing: html[(start + 1)..<index])
        guard let scalar = namedEntity(name) else { return nil }
        return (scalar, index + 1)
    }

    /// The HTML 4 entity `name` stands for, as libxml2's HTML parser decodes it.
    private static func namedEntity(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        // The longest HTML 4 name is eight letters (`thetasym`).
        guard name.count <= 8 else { return nil }
        return withUnsafeTemporaryAllocation(of: xmlChar.self, capacity: 9) { buffer in
            _ = buffer.initialize(from: name)
            buffer[name.count] = 0
            guard let entity = htmlEntityLookup(buffer.baseAddress) else { return nil }
            return Unicode.Scalar(entity.pointee.value)
        }
    }

    private static let skippedElements: [StaticString] = ["script", "style", "template"]

    private static func range(of pattern: StaticString, in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Range<Int>? {
        pattern.withUTF8Buffer { pattern in
            var index = index
            while index + pattern.count <= html.count {
                guard let first = html[index...].firstIndex(of: pattern[0]), first + pattern.count <= html.count else { return nil }
                if html[first..<(first + pattern.count)].elementsEqual(pattern) { return first..<(first + pattern.count) }
                index = first + 1
            }
            return nil
        }
    }

    private static func starts(_ html: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            index + prefix.count <= html.count && html[index..<(index + prefix.count)].elementsEqual(prefix)
        }
    }

    private static func startsIgnoringASCIICase(_ html: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            index + prefix.count <= html.count
                && equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: html[index..<(index + prefix.count)]), prefix)
        }
    }

    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { equalsIgnoringASCIICase(bytes, $0) }
    }

    /// `name` is lowercase ASCII or another tag name as written.
    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == name.count && zip(bytes, name).allSatisfy { lowercased($0) == lowercased($1) }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        isASCIILetter(byte) ? byte | 0x20 : byte
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The characters libxml2 reads into an HTML tag name.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isASCIIDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        if isASCIIDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
        guard hexadecimal, (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20) else { return nil }
        return UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
    }
}
