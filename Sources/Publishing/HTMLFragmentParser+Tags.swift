extension HTMLFragmentParser {
    /// The start tag whose name (`spelling`) follows the `<` at `position`; the
    /// open elements it ends are closed already (`parseNext`).
    mutating func parseStartTag(_ name: HTMLName, rules number: Int, spelling: Range<Int>) {
        position = spelling.upperBound
        openImpliedElements(before: name)
        // A second <html> or <body>, or a <head> anywhere, would restructure the
        // document: libxml2 ignores the tag, keeping its content.
        let misplaced = (name == .html && !open.isEmpty) || (name == .head && open.count != 1)
            || (name == .body && open.contains { $0.name == .body })
        if misplaced { ignoredStructureTags += 1 }
        parseAttributes()
        if !misplaced {
            push(name, rules: number, spelling: spelling, attributes: attributes)
            guard !stopped else { return }
        }
        if HTMLSyntax.starts(html, at: position, with: "/>") {
            position += 2
            // For an ignored tag this ends the element it sits in, as in libxml2.
            pop()
            return
        }
        // A tag the input ends in leaves its element open until the end, where all close.
        guard position < html.count else { return }
        position += 1
        if let top = open.last, rules.isEmpty(top.rules) { pop() }
    }

    /// Reads attributes up to the `>` or `/>` that ends the tag, or the end of the
    /// input, as libxml2 does: a name, then maybe `=` and a value, quoted or up to
    /// white space or `>`; anything that starts no name is skipped up to white space.
    private mutating func parseAttributes() {
        attributes.removeAll(keepingCapacity: true)
        manyAttributeNames.removeAll(keepingCapacity: true)
        skipBlanks()
        while position < html.count {
            let byte = html[position]
            if byte == UInt8(ascii: ">") || HTMLSyntax.starts(html, at: position, with: "/>") { break }
            if HTMLSyntax.isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: ".") {
                parseAttribute()
            } else {
                while position < html.count, !HTMLSyntax.isBlank(html[position]), html[position] != UInt8(ascii: ">"),
                      !HTMLSyntax.starts(html, at: position, with: "/>") {
                    position += 1
                }
            }
            skipBlanks()
        }
    }

    private mutating func parseAttribute() {
        let nameStart = position
        while position < html.count && HTMLSyntax.isNameByte(html[position]) { position += 1 }
        let name = HTMLName(UnsafeBufferPointer(rebasing: html[nameStart..<position]))
        skipBlanks()
        var value: Range<Int>?
        if position < html.count && html[position] == UInt8(ascii: "=") {
            position += 1
            skipBlanks()
            let quote = position < html.count ? html[position] : 0
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueEnd = html[(position + 1)...].firstIndex(of: quote) ?? html.count
                value = (position + 1)..<valueEnd
                position = min(valueEnd + 1, html.count)
            } else {
                let valueStart = position
                while position < html.count, !HTMLSyntax.isBlank(html[position]), html[position] != UInt8(ascii: ">") {
                    position += 1
                }
                value = valueStart..<position
            }
        }
        // A name too long to pack is in no table, so nothing would read it.
        guard name.isPacked, !hasAttribute(named: name) else { return }
        attributes.append(HTMLAttributes.Attribute(name: name, value: value))
        if attributes.count == Self.attributesScanned {
            manyAttributeNames = Set(attributes.map(\.name))
        } else if attributes.count > Self.attributesScanned {
            manyAttributeNames.insert(name)
        }
    }

    /// The end tag at `position` (`</`): it closes the innermost open element of
    /// its name and those inside it, unless one of those has a higher end
    /// priority; an end tag matching no open element is ignored.
    mutating func parseEndTag() {
        position += 2
        // libxml2 drops a `</` that starts no tag, and reads on.
        guard position < html.count, HTMLSyntax.isASCIILetter(html[position]) else { return }
        let nameStart = position
        while position < html.count && HTMLSyntax.isNameByte(html[position]) { position += 1 }
        let spelling = nameStart..<position
        let name = HTMLName(UnsafeBufferPointer(rebasing: html[spelling]))
        position = html[position...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? html.count
        if ignoredStructureTags > 0 && (name == .html || name == .body || name == .head) {
            ignoredStructureTags -= 1
            return
        }
        guard let index = open.lastIndex(where: { matches($0, name, spelling) }) else { return }
        let priority = rules.endPriority(rules.number(of: name))
        guard open[(index + 1)...].allSatisfy({ rules.endPriority($0.rules) <= priority }) else { return }
        while open.count > index { pop() }
    }

    private func matches(_ element: OpenElement, _ name: HTMLName, _ spelling: Range<Int>) -> Bool {
        guard element.name == name else { return false }
        return name.isPacked || HTMLSyntax.equalsIgnoringASCIICase(
            UnsafeBufferPointer(rebasing: html[element.spelling]), UnsafeBufferPointer(rebasing: html[spelling])
        )
    }

    /// Ends the open elements a start tag numbered `number` implies the end of.
    mutating func closeElements(endedBy number: Int) {
        while let top = open.last, rules.startTag(number, closes: top.rules) { pop() }
    }

    /// After `</html>` has closed everything, a new element goes into a new <html>.
    mutating func openImpliedElements(before name: HTMLName) {
        if open.isEmpty && name != .html { push(.html) }
    }

    /// Opens an element no tag spelt out (implied), which has no attributes.
    mutating func push(_ name: HTMLName) {
        push(name, rules: rules.number(of: name), spelling: 0..<0, attributes: [])
    }

    private mutating func push(
        _ name: HTMLName, rules number: Int, spelling: Range<Int>, attributes: [HTMLAttributes.Attribute]
    ) {
        guard !stopped else { return }
        guard open.count <= Self.maximumDepth else {
            stopped = true
            return
        }
        open.append(OpenElement(name: name, rules: number, spelling: spelling))
        handler.startElement(name, attributes: HTMLAttributes(source: html, attributes: attributes))
    }

    mutating func pop() {
        guard open.popLast() != nil else { return }
        handler.endElement()
    }

    private func hasAttribute(named name: HTMLName) -> Bool {
        attributes.count < Self.attributesScanned
            ? attributes.contains { $0.name == name } : manyAttributeNames.contains(name)
    }

    private mutating func skipBlanks() {
        while position < html.count && HTMLSyntax.isBlank(html[position]) { position += 1 }
    }
}
