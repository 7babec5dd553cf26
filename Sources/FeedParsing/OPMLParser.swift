/// Reads an OPML subscription list (1.0 or 2.0) with the same safe libxml2 setup as feeds.
public struct OPMLParser: Sendable {
    public init() {}

    public func parse(_ bytes: [UInt8]) throws(FeedParsingError) -> [OPMLOutline] {
        let decoded = FeedTextDecoder.decode(bytes, contentType: nil)
        let collector = OPMLCollector()
        let parser = XMLStreamParser(handler: collector, maxEntityExpansions: FeedParserLimits().maxEntityExpansions)
        parser.parse(utf8: decoded.utf8)
        if let problem = parser.firstProblem {
            throw FeedParsingError(code: .invalidOPML, message: "The OPML file is not well-formed XML: \(problem).")
        }
        guard collector.sawOPMLRoot else {
            throw FeedParsingError(code: .invalidOPML, message: "The file is not OPML: its root element is not <opml>.")
        }
        if let problem = collector.firstProblem { throw problem }
        return collector.outlines
    }
}

/// Collects outlines; an outline with children is a category for them.
private final class OPMLCollector: XMLEventHandler {
    private struct Open {
        var isOutline: Bool
        var title: String?
        var xmlURL: String?
        var htmlURL: String?
        var line: Int
        var hasChildOutlines = false
    }

    private(set) var outlines: [OPMLOutline] = []
    private(set) var sawOPMLRoot = false
    private(set) var firstProblem: FeedParsingError?
    private var stack: [Open] = []

    func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int) {
        if stack.isEmpty, name.localName.lowercased() == "opml" { sawOPMLRoot = true }
        guard name.localName == "outline" else {
            stack.append(Open(isOutline: false, line: line))
            return
        }
        func attribute(_ key: String) -> String? {
            attributes.first(where: { $0.name.localName.lowercased() == key.lowercased() })?.value.nonBlank
        }
        if let parent = stack.indices.last, stack[parent].isOutline { stack[parent].hasChildOutlines = true }
        stack.append(Open(
            isOutline: true,
            title: attribute("title") ?? attribute("text"),
            xmlURL: attribute("xmlUrl"),
            htmlURL: attribute("htmlUrl"),
            line: line
        ))
    }

    func endElement() {
        guard let open = stack.popLast(), open.isOutline else { return }
        if let xmlURL = open.xmlURL {
            let category = stack.last(where: \.isOutline)?.title
            outlines.append(OPMLOutline(title: open.title ?? xmlURL, xmlURL: xmlURL, htmlURL: open.htmlURL,
                                        category: category, line: open.line))
        } else if !open.hasChildOutlines, firstProblem == nil {
            firstProblem = FeedParsingError(code: .invalidOPML, message: "<outline> has no xmlUrl", line: open.line)
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}
