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
        var element: FeedElementName
        /// The local name as written, which markup serialised into a field needs.
        var name: String
        var role: Role
        var attributes: [XMLAttribute]
        /// The effective base URI: `xml:base` resolved against the parent's, or the document URL.
        var base: String?
    }

    /// A field's text, and whether child elements were serialised into it.
    struct FieldValue {
        /// Without surrounding white space.
        var text: String?
        var hasMarkup: Bool
    }

    // The properties touched on every SAX event are `@exclusivity(unchecked)`: a builder
    // serves one parse on one thread and never lends them out across calls, so the
    // run-time exclusivity check (a thread-local lookup per access, about a tenth of
    // the parse) could never fire.
    let limits: FeedParserLimits
    let documentURL: String?
    @exclusivity(unchecked) var feed = ParsedFeed()
    var feedPublished: Timestamp?
    @exclusivity(unchecked) var entry: EntryDraft?
    @exclusivity(unchecked) var person: FeedPerson?
    var rootWasFeed = false
    var isAtomWithoutNamespace = false
    var sawBlankGuid = false
    @exclusivity(unchecked) private var stack: [Frame] = []
    /// What each distinct name of the document means, by ``XMLName/id``: names repeat on
    /// every entry, so each is classified once.
    @exclusivity(unchecked) private var meanings: [NameMeaning?] = []
    @exclusivity(unchecked) private var capture: TextCapture?
    /// The byte buffer of the last finished capture, handed to the next one.
    @exclusivity(unchecked) private var spareCaptureStorage: [UInt8] = []

    init(limits: FeedParserLimits, documentURL: String?) {
        self.limits = limits
        self.documentURL = documentURL
    }

    func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int) {
        let depth = stack.count + 1
        // The parent's fields by index: `stack.last` would copy the whole frame, attributes and all.
        let parentRole = stack.isEmpty ? nil : stack[stack.count - 1].role
        let base = baseURI(of: attributes, inherited: stack.isEmpty ? documentURL : stack[stack.count - 1].base)
        if capture?.allowsMarkup == true {
            capture?.openChild(name, attributes: attributes.filter { $0.name.prefix != "xml" }, base: base, at: depth)
            stack.append(Frame(namespace: .other, element: .other, name: name.localName, role: .field, attributes: [],
                               base: base))
            return
        }
        capture = nil
        let meaning = meaning(of: name)
        let element = meaning.element
        var namespace = meaning.namespace
        if namespace == .none, isAtomWithoutNamespace { namespace = .atom10 }
        guard depth <= limits.maxDepth, parentRole != .ignored else {
            stack.append(Frame(namespace: namespace, element: element, name: name.localName, role: .ignored, attributes: [],
                               base: base))
            return
        }
        let role: Role
        if let parentRole {
            role = childRole(namespace, element, parent: parentRole)
        } else {
            role = rootRole(namespace, element, attributes: attributes)
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
            var storage: [UInt8] = []
            swap(&storage, &spareCaptureStorage)
            // Emptied while this is its only reference, so that the capacity is kept, not copied.
            storage.removeAll(keepingCapacity: true)
            capture = TextCapture(
                depth: depth,
                allowsMarkup: FeedDocumentBuilder.mayCarryMarkup(namespace, element),
                dropsWrapperDiv: namespace == .atom10 && FeedDocumentBuilder.isInlineXHTML(attributes),
                limit: limits.maxFieldBytes,
                storage: storage
            )
        case .rssRoot, .rdfRoot, .unknownRoot, .ignored, .entryGroup:
            break
        }
        stack.append(Frame(namespace: namespace, element: element, name: name.localName, role: role, attributes: attributes,
                           base: base))
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        capture?.append(text: bytes)
    }

    func endElement() {
        guard let frame = stack.popLast() else { return }
        let depth = stack.count + 1
        if let captureDepth = capture?.depth, captureDepth < depth {
            capture?.closeChild(frame.name, at: depth)
            return
        }
        var text: String?
        var hasMarkup = false
        if capture?.depth == depth, let finished = capture.take() {
            text = finished.trimmedText
            hasMarkup = finished.hasMarkup
            spareCaptureStorage = finished.bytes
        }
        let parentRole = stack.isEmpty ? nil : stack[stack.count - 1].role
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

    private struct NameMeaning {
        var namespace: FeedNamespace
        var element: FeedElementName
    }

    private func meaning(of name: XMLName) -> NameMeaning {
        if name.id < meanings.count, let known = meanings[name.id] { return known }
        let meaning = NameMeaning(
            namespace: FeedNamespace(uri: name.namespaceURI, prefix: name.prefix), element: FeedElementName(name.localName)
        )
        if name.id >= meanings.count { meanings.append(contentsOf: repeatElement(nil, count: name.id + 1 - meanings.count)) }
        meanings[name.id] = meaning
        return meaning
    }

    private func baseURI(of attributes: [XMLAttribute], inherited: String?) -> String? {
        guard let declared = attributes.first(where: { $0.name.localName == "base" && $0.name.prefix == "xml" }) else {
            return inherited
        }
        return URIResolver.resolve(declared.value, against: inherited)
    }

    private func rootRole(_ namespace: FeedNamespace, _ element: FeedElementName, attributes: [XMLAttribute]) -> Role {
        switch (namespace, element) {
        case (.none, .rss), (.other, .rss):
            rootWasFeed = true
            feed.version = FeedDocumentBuilder.rssVersion(attributes.value(of: "version"))
            return .rssRoot
        case (.rdf, .RDF), (.other, .RDF), (.none, .RDF):
            rootWasFeed = true
            feed.version = .rss10
            return .rdfRoot
        case (.atom10, .feed), (.atom03, .feed), (.none, .feed):
            rootWasFeed = true
            feed.version = namespace == .atom03 ? .atom03 : .atom10
            isAtomWithoutNamespace = namespace == .none
            return .feed
        case (.atom10, .entry), (.atom03, .entry):
            rootWasFeed = true
            feed.version = namespace == .atom03 ? .atom03 : .atom10
            entry = EntryDraft()
            return .entry
        case (.none, .channel):
            rootWasFeed = true
            feed.version = .rss091
            return .feed
        default:
            return .unknownRoot
        }
    }

    private func childRole(_ namespace: FeedNamespace, _ element: FeedElementName, parent: Role) -> Role {
        switch parent {
        case .rssRoot, .rdfRoot, .unknownRoot:
            if namespace.isRSS && element == .channel || namespace.isAtom && element == .feed { return .feed }
            if FeedDocumentBuilder.isEntry(namespace, element) { return .entry }
            return parent == .unknownRoot ? .unknownRoot : .ignored
        case .feed:
            if FeedDocumentBuilder.isEntry(namespace, element) { return .entry }
            if namespace.isRSS && [.image, .textinput, .textInput, .items, .skipHours, .skipDays, .cloud].contains(element) {
                return .ignored
            }
            if namespace.isAtom && (element == .author || element == .contributor) { return .person }
            return .field
        case .entry, .entryGroup:
            if namespace.isAtom && (element == .author || element == .contributor) { return .person }
            if namespace.isAtom && element == .source { return .ignored }
            if namespace == .media && (element == .group || element == .content) { return .entryGroup }
            return .field
        case .person, .field:
            return .field
        case .ignored:
            return .ignored
        }
    }

    /// RSS `item`, Atom `entry`, and the Atom `item` some early Atom 0.3 feeds wrote.
    private static func isEntry(_ namespace: FeedNamespace, _ element: FeedElementName) -> Bool {
        namespace.isRSS && element == .item || namespace.isAtom && (element == .entry || element == .item)
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
    private static func mayCarryMarkup(_ namespace: FeedNamespace, _ element: FeedElementName) -> Bool {
        switch namespace {
        case .atom10, .atom03:
            return [.title, .subtitle, .tagline, .summary, .content, .rights, .copyright, .info].contains(element)
        case .none, .rss10, .rss090:
            return element == .description || element == .title
        case .content:
            return element == .encoded
        case .xhtml:
            return element == .body || element == .div
        default:
            return false
        }
    }
}
