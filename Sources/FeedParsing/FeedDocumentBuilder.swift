import Timestamps

/// Builds a ``ParsedFeed`` from SAX events, without a DOM.
///
/// Each element gets a role from its name and its parent's role (feed, entry,
/// person, ignored container, or field). Fields collect their text in a
/// ``TextCapture``; an element that turns out to have children gives up its
/// capture, except the ones that may carry markup, which keep it and
/// serialise their children.
final class FeedDocumentBuilder: XMLEventHandler {
    enum Role {
        case rssRoot, rdfRoot, unknownRoot, feed, entry, person, ignored, field
        /// `media:group`: its children belong to the entry around it.
        case entryGroup
    }

    struct Frame {
        var namespace: FeedNamespace
        var name: String
        var role: Role
        var attributes: [XMLAttribute]
        /// The effective base URI: `xml:base` resolved against the parent's, or the document URL.
        var base: String?
    }

    /// A field's text, and whether child elements were serialised into it.
    struct FieldValue {
        var text: String?
        var hasMarkup: Bool
    }

    let limits: FeedParserLimits
    let documentURL: String?
    var feed = ParsedFeed()
    var feedPublished: Timestamp?
    var entry: EntryDraft?
    var person: FeedPerson?
    var rootWasFeed = false
    var isAtomWithoutNamespace = false
    var sawBlankGuid = false
    private var stack: [Frame] = []
    /// Namespace URIs repeat on every element; classifying each once saves most of the work.
    private var namespaces: [String: FeedNamespace] = [:]
    private var capture: TextCapture?

    init(limits: FeedParserLimits, documentURL: String?) {
        self.limits = limits
        self.documentURL = documentURL
    }

    func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int) {
        let depth = stack.count + 1
        let parent = stack.last
        let base = baseURI(of: attributes, inherited: parent?.base ?? documentURL)
        if capture?.allowsMarkup == true {
            capture?.openChild(name, attributes: attributes.filter { $0.name.prefix != "xml" }, base: base, at: depth)
            stack.append(Frame(namespace: .other, name: name.localName, role: .field, attributes: [], base: base))
            return
        }
        capture = nil
        var namespace = namespace(of: name)
        if namespace == .none, isAtomWithoutNamespace { namespace = .atom10 }
        guard depth <= limits.maxDepth, parent?.role != .ignored else {
            stack.append(Frame(namespace: namespace, name: name.localName, role: .ignored, attributes: [], base: base))
            return
        }
        let role: Role
        if let parent {
            role = childRole(namespace, name.localName, parent: parent.role)
        } else {
            role = rootRole(namespace, name.localName, attributes: attributes)
        }
        switch role {
        case .entry:
            if namespace == .rss090 { feed.version = .rss090 }
            entry = EntryDraft()
            entry?.resourceURI = attributes.first(where: { $0.name.localName == "about" && $0.name.prefix == "rdf" })?.value
        case .person:
            person = FeedPerson()
        case .feed:
            if namespace == .rss090 { feed.version = .rss090 }
        case .field:
            capture = TextCapture(
                depth: depth,
                allowsMarkup: FeedDocumentBuilder.mayCarryMarkup(namespace, name.localName),
                dropsWrapperDiv: namespace == .atom10 && FeedDocumentBuilder.isInlineXHTML(attributes),
                limit: limits.maxFieldBytes
            )
        case .rssRoot, .rdfRoot, .unknownRoot, .ignored, .entryGroup:
            break
        }
        stack.append(Frame(namespace: namespace, name: name.localName, role: role, attributes: attributes, base: base))
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        capture?.append(text: bytes)
    }

    func endElement() {
        guard let frame = stack.popLast() else { return }
        let depth = stack.count + 1
        if let current = capture, current.depth < depth {
            capture?.closeChild(XMLName(localName: frame.name), at: depth)
            return
        }
        var text: String?
        var hasMarkup = false
        if let current = capture, current.depth == depth {
            text = current.text
            hasMarkup = current.hasMarkup
            capture = nil
        }
        let parentRole = stack.last?.role
        switch frame.role {
        case .entry:
            finishEntry()
        case .person:
            finishPerson(parentRole: parentRole)
        case .field:
            let value = FieldValue(text: text, hasMarkup: hasMarkup)
            switch parentRole {
            case .entry, .entryGroup: readEntryField(frame, value)
            case .feed: readFeedField(frame, value)
            case .person: readPersonField(frame, value)
            default: break
            }
        case .rssRoot, .rdfRoot, .unknownRoot, .feed, .ignored, .entryGroup:
            break
        }
    }

    private func namespace(of name: XMLName) -> FeedNamespace {
        guard let uri = name.namespaceURI else { return FeedNamespace(uri: nil, prefix: name.prefix) }
        if let known = namespaces[uri] { return known }
        let namespace = FeedNamespace(uri: uri, prefix: name.prefix)
        namespaces[uri] = namespace
        return namespace
    }

    private func baseURI(of attributes: [XMLAttribute], inherited: String?) -> String? {
        guard let declared = attributes.first(where: { $0.name.localName == "base" && $0.name.prefix == "xml" }) else {
            return inherited
        }
        return URIResolver.resolve(declared.value, against: inherited)
    }

    private func rootRole(_ namespace: FeedNamespace, _ name: String, attributes: [XMLAttribute]) -> Role {
        switch (namespace, name) {
        case (.none, "rss"), (.other, "rss"):
            rootWasFeed = true
            feed.version = FeedDocumentBuilder.rssVersion(attributes.value(of: "version"))
            return .rssRoot
        case (.rdf, "RDF"), (.other, "RDF"), (.none, "RDF"):
            rootWasFeed = true
            feed.version = .rss10
            return .rdfRoot
        case (.atom10, "feed"), (.atom03, "feed"), (.none, "feed"):
            rootWasFeed = true
            feed.version = namespace == .atom03 ? .atom03 : .atom10
            isAtomWithoutNamespace = namespace == .none
            return .feed
        case (.atom10, "entry"), (.atom03, "entry"):
            rootWasFeed = true
            feed.version = namespace == .atom03 ? .atom03 : .atom10
            entry = EntryDraft()
            return .entry
        case (.none, "channel"):
            rootWasFeed = true
            feed.version = .rss091
            return .feed
        default:
            return .unknownRoot
        }
    }

    private func childRole(_ namespace: FeedNamespace, _ name: String, parent: Role) -> Role {
        switch parent {
        case .rssRoot, .rdfRoot, .unknownRoot:
            if namespace.isRSS && name == "channel" || namespace.isAtom && name == "feed" { return .feed }
            if FeedDocumentBuilder.isEntry(namespace, name) { return .entry }
            return parent == .unknownRoot ? .unknownRoot : .ignored
        case .feed:
            if FeedDocumentBuilder.isEntry(namespace, name) { return .entry }
            if namespace.isRSS && ["image", "textinput", "textInput", "items", "skipHours", "skipDays", "cloud"].contains(name) {
                return .ignored
            }
            if namespace.isAtom && (name == "author" || name == "contributor") { return .person }
            return .field
        case .entry, .entryGroup:
            if namespace.isAtom && (name == "author" || name == "contributor") { return .person }
            if namespace.isAtom && name == "source" { return .ignored }
            if namespace == .media && (name == "group" || name == "content") { return .entryGroup }
            return .field
        case .person, .field:
            return .field
        case .ignored:
            return .ignored
        }
    }

    /// RSS `item`, Atom `entry`, and the Atom `item` some early Atom 0.3 feeds wrote.
    private static func isEntry(_ namespace: FeedNamespace, _ name: String) -> Bool {
        namespace.isRSS && name == "item" || namespace.isAtom && (name == "entry" || name == "item")
    }

    /// Atom 1.0 XHTML content, which RFC 4287 wraps in a `<div>` that is not part of it.
    static func isInlineXHTML(_ attributes: [XMLAttribute]) -> Bool {
        let type = attributes.value(of: "type")?.lowercased()
        return type == "xhtml" || type == "application/xhtml+xml"
    }

    private static func rssVersion(_ attribute: String?) -> FeedVersion {
        switch attribute?.trimmed {
        case "0.91": return .rss091
        case "0.92", "0.93", "0.94": return .rss092
        case "0.90": return .rss090
        default: return .rss20
        }
    }

    /// Elements whose content may be HTML or XHTML written inline.
    private static func mayCarryMarkup(_ namespace: FeedNamespace, _ name: String) -> Bool {
        switch namespace {
        case .atom10, .atom03:
            return ["title", "subtitle", "tagline", "summary", "content", "rights", "copyright", "info"].contains(name)
        case .none, .rss10, .rss090:
            return name == "description" || name == "title"
        case .content:
            return name == "encoded"
        case .xhtml:
            return name == "body" || name == "div"
        default:
            return false
        }
    }
}
