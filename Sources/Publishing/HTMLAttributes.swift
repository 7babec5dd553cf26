/// The attributes of one start tag, as libxml2's HTML parser hands them over:
/// names lowercased, the first of duplicate names kept. Values stay where they
/// are in the fragment until asked for: most attributes are dropped unread.
///
/// Valid only while the parse that made it runs (it points into the fragment).
struct HTMLAttributes: Sequence {
    struct Attribute {
        let name: HTMLName
        /// Where the value stands in the fragment, quotes excluded; nil when the
        /// attribute has no `=` (a boolean attribute).
        let value: Range<Int>?
    }

    private let source: UnsafeBufferPointer<UInt8>
    private let attributes: [Attribute]

    init(source: UnsafeBufferPointer<UInt8>, attributes: [Attribute]) {
        self.source = source
        self.attributes = attributes
    }

    var isEmpty: Bool { attributes.isEmpty }

    func makeIterator() -> IndexingIterator<[Attribute]> {
        attributes.makeIterator()
    }

    /// The value libxml2's tree would hold for the first attribute called `name`.
    func value(of name: HTMLName) -> String? {
        attributes.first { $0.name == name }.map(value)
    }

    /// The value with character references decoded as in text (`HTMLSyntax`): a
    /// reference to U+0000 or a character no output may hold is dropped, where
    /// libxml2 cut the value short there.
    /// An attribute without one gets an empty value, except HTML 4's boolean
    /// attributes, which get their own name (libxml2's `htmlIsBooleanAttr`).
    func value(_ attribute: Attribute) -> String {
        guard let range = attribute.value else { return Self.booleanAttributes[attribute.name] ?? "" }
        let raw = UnsafeBufferPointer(rebasing: source[range])
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var runStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            guard source[index] == UInt8(ascii: "&"),
                  let (scalar, end) = HTMLSyntax.characterReference(in: UnsafeBufferPointer(rebasing: source[..<range.upperBound]), at: index)
            else {
                index += 1
                continue
            }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            if let scalar { decoded.append(contentsOf: MarkupText.referencedCharacter(scalar).utf8) }
            index = end
            runStart = end
        }
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<range.upperBound]))
        return String(decoding: decoded, as: UTF8.self)
    }

    private static let booleanAttributes = HTMLNameTable([
        "checked", "compact", "declare", "defer", "disabled", "ismap", "multiple", "nohref", "noresize", "noshade",
        "nowrap", "readonly", "selected",
    ].map { (HTMLName($0), $0) })
}
