/// An indented XML document built line by line, escaping every name's value on the way in.
///
/// The document grows as one UTF-8 buffer that text is escaped straight into:
/// an archive page carries a hundred entries of several kilobytes of escaped
/// HTML each, and a `String` per line and per escaped value cost more than the escaping.
struct XMLLines {
    /// The document as UTF-8, ready for the disk.
    private(set) var bytes: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n".utf8)
    private var depth = 0
    private var open: [String] = []

    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        beginLine()
        tag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(UInt8(ascii: "\n"))
        open.append(name)
        depth += 1
    }

    mutating func end() {
        depth -= 1
        beginLine()
        closingTag(open.removeLast())
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func leaf(_ name: String, _ attributes: [(String, String?)] = [], text content: String) {
        var content = content
        content.withUTF8 { leaf(name, attributes, utf8: $0) }
    }

    /// A leaf whose text is UTF-8 bytes, such as markup we built as bytes.
    mutating func leaf(_ name: String, _ attributes: [(String, String?)] = [], utf8 content: UnsafeBufferPointer<UInt8>) {
        beginLine()
        tag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        MarkupText.append(content, escaping: .text, to: &bytes)
        closingTag(name)
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        beginLine()
        tag(name, attributes)
        bytes.append(UInt8(ascii: "/"))
        bytes.append(UInt8(ascii: ">"))
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func beginLine() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// `<name` and the attributes; those whose value is nil are left out, so
    /// optional ones read naturally at the call site.
    private mutating func tag(_ name: String, _ attributes: [(String, String?)]) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for case let (attribute, value?) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: attribute.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            MarkupText.append(value, escaping: .attribute, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func closingTag(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }
}
