/// The text of one element being read; for elements that may carry markup
/// (descriptions, Atom text constructs) child elements are serialised back
/// into it, so the result is the content as delivered.
struct TextCapture {
    /// Stack depth of the element whose text this is.
    let depth: Int
    let allowsMarkup: Bool
    /// Atom `type="xhtml"`: the wrapping `<div>` is not part of the content.
    let dropsWrapperDiv: Bool
    let limit: Int
    private(set) var bytes: [UInt8]
    private(set) var hasMarkup = false
    private var wrapperDepth: Int?
    private var openTagEnd: Int?

    /// - Parameter storage: an empty buffer that may keep the capacity of an earlier capture,
    ///   so that most fields of a document allocate no buffer of their own.
    init(depth: Int, allowsMarkup: Bool, dropsWrapperDiv: Bool, limit: Int, storage: [UInt8]) {
        precondition(storage.isEmpty, "a capture starts empty")
        self.depth = depth
        self.allowsMarkup = allowsMarkup
        self.dropsWrapperDiv = dropsWrapperDiv
        self.limit = limit
        bytes = storage
    }

    mutating func append(text: UnsafeBufferPointer<UInt8>) {
        guard bytes.count < limit else { return }
        openTagEnd = nil
        if hasMarkup {
            appendEscaped(text)
        } else {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text.prefix(limit - bytes.count)))
        }
    }

    /// Writes a child's start tag; link attributes are made absolute against `base`,
    /// which a reader of the markup alone could no longer know.
    mutating func openChild(_ name: XMLName, attributes: [XMLAttribute], base: String?, at childDepth: Int) {
        if dropsWrapperDiv, wrapperDepth == nil, childDepth == depth + 1, name.localName == "div",
           bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            wrapperDepth = childDepth
            bytes.removeAll()
            return
        }
        markAsMarkup()
        guard bytes.count < limit else { return }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.localName.utf8)
        for attribute in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: attribute.name.localName.utf8)
            bytes.append(contentsOf: "=\"".utf8)
            let value = TextCapture.linkAttributes.contains(attribute.name.localName)
                ? URIResolver.resolve(attribute.value, against: base) : attribute.value
            appendEscaped(value.utf8, quotes: true)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
        openTagEnd = bytes.count
    }

    mutating func closeChild(_ localName: String, at childDepth: Int) {
        if childDepth == wrapperDepth { return }
        guard bytes.count < limit else { return }
        if openTagEnd == bytes.count {
            // Nothing since the start tag: write it as an empty element, as HTML expects of <br>.
            bytes.removeLast()
            bytes.append(contentsOf: " />".utf8)
        } else {
            bytes.append(contentsOf: "</".utf8)
            bytes.append(contentsOf: localName.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
        openTagEnd = nil
    }

    /// HTML attributes that hold a URI (feedparser's list, by attribute name).
    private static let linkAttributes: Set<String> = [
        "href", "src", "cite", "longdesc", "poster", "background", "action", "usemap", "codebase", "data", "classid",
        "profile",
    ]

    /// The text without surrounding white space (as every reader of a field wants it),
    /// cut at a character boundary if it ran over the limit. Trimmed while still bytes,
    /// so that padded content is not copied into a string twice.
    var trimmedText: String {
        var end = min(bytes.count, limit)
        if end < bytes.count {
            while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        let text = bytes[..<end]
        return String(decoding: text[text.rangeWithoutSurroundingSpace], as: UTF8.self)
    }

    private mutating func markAsMarkup() {
        guard !hasMarkup else { return }
        hasMarkup = true
        let plain = bytes
        bytes.removeAll(keepingCapacity: true)
        appendEscaped(plain)
    }

    /// Copies the runs between special characters whole: appending byte by byte
    /// checked the buffer's uniqueness and capacity for every byte of inline XHTML.
    private mutating func appendEscaped<Bytes: Collection<UInt8>>(_ text: Bytes, quotes: Bool = false) {
        var runStart = text.startIndex
        var index = runStart
        while index != text.endIndex {
            let escaped: String? = switch text[index] {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\"") where quotes: "&quot;"
            default: nil
            }
            if let escaped {
                bytes.append(contentsOf: text[runStart..<index])
                bytes.append(contentsOf: escaped.utf8)
                runStart = text.index(after: index)
            }
            text.formIndex(after: &index)
        }
        bytes.append(contentsOf: text[runStart...])
    }
}
