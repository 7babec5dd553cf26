/// Parses an HTML fragment from a feed for the sanitiser, in one pass over its
/// UTF-8 bytes, into the events a walk of libxml2 2.9's HTML tree would give.
///
/// libxml2's HTML parser spent over 100 instructions per byte of its own, most
/// of a cold cycle's sanitising. This parser reads the same syntax (`HTMLSyntax`, shared
/// with the plain-text scanner) and builds the same tree for what feeds send:
/// implied end tags and end-tag priorities (`HTMLElementRules`), misplaced
/// `<html>`, `<head>` and `<body>` tags ignored, an implied `<p>` for text
/// outside the body, empty elements, raw text in scripts and styles, and the
/// depth limit that stops the parse. Safety does not rest on it: the writer
/// re-escapes every text and value and emits only what it allows.
struct HTMLFragmentParser {
    let html: UnsafeBufferPointer<UInt8>
    let handler: any HTMLFragmentHandler
    let rules = HTMLElementRules.shared
    var position = 0
    var open: [OpenElement] = []
    /// Misplaced `<html>`, `<head>` and `<body>` tags ignored so far: as many of
    /// their end tags are ignored in turn (libxml2's `ctxt->depth`).
    var ignoredStructureTags = 0
    /// Reused for every start tag.
    var attributes: [HTMLAttributes.Attribute] = []
    /// The names in `attributes`, kept only once a tag has many: scanning the
    /// list for each new name is quicker for the few of a real tag, and
    /// quadratic for a hostile tag's hundred thousand.
    var manyAttributeNames: Set<HTMLName> = []
    static let attributesScanned = 16
    var stopped = false

    /// libxml2's `xmlParserMaxDepth`: a start tag with this many elements
    /// already open ends the parse, as libxml2's tree builder stops there.
    static let maximumDepth = 256

    struct OpenElement {
        let name: HTMLName
        /// Its number in `HTMLElementRules`.
        let rules: Int
        /// Where its name is written, to compare names too long to pack.
        let spelling: Range<Int>
    }

    /// Feeds the fragment's events to `handler`, ending with every element closed.
    static func parse(_ html: String, into handler: any HTMLFragmentHandler) {
        // Characters no output may hold go first, as they went before libxml2
        // saw the fragment (`<scr\u{1}ipt>` is a script).
        var html = MarkupText.removingForbiddenCharacters(html)
        html.withUTF8 { bytes in
            var parser = HTMLFragmentParser(html: bytes, handler: handler)
            parser.run()
        }
    }

    private init(html: UnsafeBufferPointer<UInt8>, handler: any HTMLFragmentHandler) {
        self.html = html
        self.handler = handler
    }

    private mutating func run() {
        // The old parse read the fragment after `<html><body>`, which keeps
        // libxml2 from wrapping leading text in an implied <p>.
        push(.html)
        push(.body)
        while position < html.count && !stopped { parseNext() }
        while !open.isEmpty { pop() }
    }

    /// Reads one piece of content: a tag, a declaration, a reference or a run of text.
    private mutating func parseNext() {
        let byte = html[position]
        let next = position + 1 < html.count ? html[position + 1] : 0
        if byte == UInt8(ascii: "<") && next == UInt8(ascii: "/") {
            parseEndTag()
            return
        }
        var startTag: (name: HTMLName, rules: Int, spelling: Range<Int>)?
        if byte == UInt8(ascii: "<") && HTMLSyntax.isASCIILetter(next) {
            let nameEnd = html[(position + 1)...].firstIndex { !HTMLSyntax.isNameByte($0) } ?? html.count
            let name = HTMLName(UnsafeBufferPointer(rebasing: html[(position + 1)..<nameEnd]))
            let number = rules.number(of: name)
            startTag = (name, number, (position + 1)..<nameEnd)
            // Before anything else, even inside a script: libxml2 looks ahead
            // at the name for the open elements it ends.
            closeElements(endedBy: number)
        }
        if let top = open.last, top.name == .script || top.name == .style {
            parseRawText(of: top)
        } else if let startTag {
            parseStartTag(startTag.name, rules: startTag.rules, spelling: startTag.spelling)
        } else if byte == UInt8(ascii: "<") {
            if let end = HTMLSyntax.declarationEnd(in: html, at: position) {
                let isDoctype = next == UInt8(ascii: "!") && !HTMLSyntax.starts(html, at: position, with: "<!--")
                position = end
                if isDoctype { parseMarkupAfterDoctype() }
            } else {
                // A `<` that starts nothing is text, and implies no paragraph.
                emitText(position..<(position + 1))
                position += 1
            }
        } else if byte == UInt8(ascii: "&") {
            parseReference()
        } else {
            parseCharacterData()
        }
    }

    /// libxml2 reads on after a doctype within the same step, where a `<` that
    /// starts no comment, instruction or element is text, even in `</p>` or `<!x>`.
    private mutating func parseMarkupAfterDoctype() {
        guard position + 1 < html.count, html[position] == UInt8(ascii: "<") else { return }
        let next = html[position + 1]
        guard !HTMLSyntax.starts(html, at: position, with: "<!--"), next != UInt8(ascii: "?"),
              !HTMLSyntax.isASCIILetter(next)
        else { return }
        emitText(position..<(position + 1))
        position += 1
    }

    /// A script's or style's content, which is text up to a `</` followed by its
    /// name, even as the start of a longer one (`</scripts>`): that end tag is
    /// read as any other, and if it closes nothing the text goes on after it.
    private mutating func parseRawText(of element: OpenElement) {
        let spelling = UnsafeBufferPointer(rebasing: html[element.spelling])
        let end = HTMLSyntax.endTagStart(of: spelling, in: html, from: position, wholeName: false) ?? html.count
        emitText(position..<end)
        position = end
    }

    private mutating func parseReference() {
        guard let (scalar, end) = HTMLSyntax.characterReference(in: html, at: position) else {
            impliedParagraph()
            emitText(position..<(position + 1))
            position += 1
            return
        }
        position = end
        guard let scalar else { return }
        impliedParagraph()
        guard !stopped else { return }
        var encoded = String(Character(scalar))
        encoded.withUTF8 { handler.text($0) }
    }

    private mutating func parseCharacterData() {
        let start = position
        while position < html.count && html[position] != UInt8(ascii: "<") && html[position] != UInt8(ascii: "&") {
            position += 1
        }
        // libxml2 takes white space before a tag or the end for ignorable.
        let end = position
        impliedParagraph { [html] in
            (end == html.count || html[end] == UInt8(ascii: "<")) && html[start..<end].allSatisfy(HTMLSyntax.isBlank)
        }
        emitText(start..<position)
    }

    /// Text outside the body (after `</body>`, say) goes into an implied <p>, as
    /// libxml2's `htmlCheckParagraph` puts it, unless `isIgnorable`: asked only
    /// there, as it looks at every byte of the text.
    private mutating func impliedParagraph(unless isIgnorable: () -> Bool = { false }) {
        let top = open.last?.name
        guard top == nil || top == .html || top == .head, !isIgnorable() else { return }
        let paragraph = rules.number(of: .p)
        closeElements(endedBy: paragraph)
        openImpliedElements(before: .p)
        push(.p)
    }

    /// Text outside any element is dropped, as in libxml2's tree.
    private func emitText(_ range: Range<Int>) {
        guard !open.isEmpty, !stopped, !range.isEmpty else { return }
        handler.text(UnsafeBufferPointer(rebasing: html[range]))
    }
}
