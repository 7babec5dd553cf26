internal import CLibXML2

/// The pieces of HTML syntax that both one-pass readers of HTML, the plain-text
/// scanner and the sanitiser's parser, read as libxml2 2.9's HTML parser reads
/// them: character references, comments, declarations and instructions, tag
/// ends, and the ASCII classes of tag names.
enum HTMLSyntax {
    /// The end of the declaration, comment or instruction starting with the
    /// `<!` or `<?` at `start` (past its `>`, or the end of the input when it is
    /// never closed); `start + 2` for a `<?` that starts no instruction, which
    /// libxml2 drops; nil when the `<` is text, as in any other `<!`.
    static func declarationEnd(in html: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 1 < html.count else { return nil }
        let tagEnd = { html[(start + 2)...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? html.count }
        switch html[start + 1] {
        case UInt8(ascii: "!") where starts(html, at: start + 2, with: "--"):
            return commentEnd(in: html, from: start + 4)
        case UInt8(ascii: "!") where startsIgnoringASCIICase(html, at: start + 2, with: "doctype"):
            return tagEnd()
        case UInt8(ascii: "?"):
            return start + 2 < html.count && isASCIILetter(html[start + 2]) ? tagEnd() : start + 2
        default:
            return nil
        }
    }

    /// Past the `-->` (or `--!>`, which libxml2 also takes) that ends a comment
    /// whose text starts at `index`, or the end of the input when none does.
    static func commentEnd(in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
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
    static func startTagEnd(in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
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

    /// Where the first `</` followed by `name` (compared ignoring ASCII case) at or
    /// after `index` starts, nil when there is none; with `wholeName`, only where
    /// the name ends there (`</scripts` does not end a script). `name` is lowercase
    /// ASCII or a tag name as written.
    static func endTagStart(
        of name: UnsafeBufferPointer<UInt8>, in html: UnsafeBufferPointer<UInt8>, from index: Int, wholeName: Bool
    ) -> Int? {
        var index = index
        while let open = range(of: "</", in: html, from: index) {
            let nameEnd = open.upperBound + name.count
            if nameEnd <= html.count,
               equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: html[open.upperBound..<nameEnd]), name),
               !wholeName || nameEnd == html.count || !isNameByte(html[nameEnd]) {
                return open.lowerBound
            }
            index = open.upperBound
        }
        return nil
    }

    /// The character a reference at `start` (`&…`) stands for, nil when it
    /// stands for none (`&#0;`, `&#`), and where the reference ends; nil when
    /// the `&` starts no reference libxml2 would read, and is text.
    static func characterReference(
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

    static func range(of pattern: StaticString, in html: UnsafeBufferPointer<UInt8>, from index: Int) -> Range<Int>? {
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

    static func starts(_ html: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            index + prefix.count <= html.count && html[index..<(index + prefix.count)].elementsEqual(prefix)
        }
    }

    static func startsIgnoringASCIICase(_ html: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            index + prefix.count <= html.count
                && equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: html[index..<(index + prefix.count)]), prefix)
        }
    }

    static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { equalsIgnoringASCIICase(bytes, $0) }
    }

    /// `name` is lowercase ASCII or another tag name as written.
    static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == name.count && zip(bytes, name).allSatisfy { lowercased($0) == lowercased($1) }
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        isASCIILetter(byte) ? byte | 0x20 : byte
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The characters libxml2 reads into an HTML tag or attribute name.
    static func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isASCIIDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// The white space libxml2 skips between attributes (`IS_BLANK_CH`).
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        if isASCIIDigit(byte) { return UInt32(byte - UInt8(ascii: "0")) }
        guard hexadecimal, (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20) else { return nil }
        return UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
    }
}
