internal import CLibXML2

/// libxml2's SAX2 push parser around one document, reporting to an ``XMLEventHandler``.
///
/// Options are `RECOVER | NONET | IGNORE_ENC` and never `NOENT`, `DTDLOAD` or
/// `HUGE`: entities are not substituted from outside, no DTD is fetched, and
/// libxml2's own size and depth limits stay on. The input is already UTF-8
/// (``FeedTextDecoder`` converted it), so the declaration's encoding is ignored.
final class XMLStreamParser {
    /// A strong `let`, not `unowned(unsafe)`: reading an unowned existential retains
    /// and releases it on every SAX event, while a `let` of the guaranteed parser is borrowed.
    let handler: any XMLEventHandler
    let maxEntityExpansions: Int
    private(set) var firstProblem: String?
    private(set) var isWellFormed = true
    private(set) var expandedEntities = 0
    private var context: xmlParserCtxtPtr?
    // The name tables are read or written for every element and attribute; like the
    // builder's per-event state they are `@exclusivity(unchecked)`, because a parser runs
    // on one thread and never lends them out, so the run-time check could never fire.

    /// Names by the addresses of their parts: libxml2 interns local names, prefixes and
    /// namespace URIs in the parser's dictionary, which lives as long as the parse, so
    /// each distinct name becomes Swift strings once per document.
    @exclusivity(unchecked) private var nameIDs: [NameKey: Int] = [:]
    /// The names by ``XMLName/id``.
    @exclusivity(unchecked) private var names: [XMLName] = []
    /// A direct-mapped cache in front of ``nameIDs``: a document uses a few dozen names, so
    /// nearly every lookup ends here, without hashing the three addresses.
    @exclusivity(unchecked) private var recentNames = [(key: NameKey, id: Int)?](repeating: nil, count: 64)
    /// Holds the entities the document declares in its internal subset, freed with it.
    private var entityDocument: xmlDocPtr?

    init(handler: any XMLEventHandler, maxEntityExpansions: Int) {
        self.handler = handler
        self.maxEntityExpansions = maxEntityExpansions
    }

    /// Parses the whole document; problems are recorded, never thrown.
    func parse(utf8 bytes: [UInt8]) {
        ExternalEntityRefusal.install()
        var sax = XMLStreamParser.callbacks
        let userData = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&sax, userData, nil, 0, nil) else {
            note(problem: "libxml2 could not create a parser", line: 0)
            return
        }
        self.context = context
        defer {
            // libxml2 builds a stand-in document for some DTD declarations even in SAX mode
            // ("for expat compatibility"); freeing the context does not free it.
            if let stray = context.pointee.myDoc {
                xmlFreeDoc(stray)
                context.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(context)
            if let entityDocument { xmlFreeDoc(entityDocument) }
            self.context = nil
            self.entityDocument = nil
            self.nameIDs = [:]
            self.names = []
            self.recentNames = [(key: NameKey, id: Int)?](repeating: nil, count: 64)
        }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        xmlCtxtUseOptions(context, options)
        xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        // Chunks far below libxml2's 10 MB lookup limit, but large enough that most feeds go in
        // one: the last chunk is marked final, and libxml2 then parses it without first
        // scanning ahead for the end of each tag and text run, as it must while more may come.
        let chunkSize = 1024 * 1024
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, context.pointee.disableSAX == 0 {
                let length = min(chunkSize, buffer.count - offset)
                let chunk = UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
                offset += length
                xmlParseChunk(context, chunk, Int32(length), offset == buffer.count ? 1 : 0)
            }
        }
        // Ends an empty or stopped parse; after a final chunk libxml2 returns at once.
        xmlParseChunk(context, nil, 0, 1)
    }

    /// The name of an element or attribute; the same three addresses give the same name,
    /// and the same ``XMLName/id``, for the whole document.
    func name(
        uri: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>
    ) -> XMLName {
        let key = NameKey(uri: uri, prefix: prefix, localName: localName)
        // Fibonacci hashing of the local name's address picks one of the 64 slots.
        let slot = Int(truncatingIfNeeded: (UInt(bitPattern: localName) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        let id: Int
        if let recent = recentNames[slot], recent.key == key {
            id = recent.id
        } else if let known = nameIDs[key] {
            id = known
            recentNames[slot] = (key, known)
        } else {
            let name = XMLName(
                id: names.count, namespaceURI: uri.map { String(cString: $0) }, prefix: prefix.map { String(cString: $0) },
                localName: String(cString: localName)
            )
            nameIDs[key] = name.id
            names.append(name)
            recentNames[slot] = (key, name.id)
            return name
        }
        // libxml2 itself compares these names by address (its duplicate-attribute check);
        // debug builds still make sure that an address was not reused for another name.
        assert(names[id].localName == String(cString: localName)
            && names[id].prefix == prefix.map { String(cString: $0) })
        return names[id]
    }

    var currentLine: Int {
        guard let context else { return 0 }
        return Int(xmlSAX2GetLineNumber(context))
    }

    func note(problem: String, line: Int) {
        isWellFormed = false
        if firstProblem == nil { firstProblem = line > 0 ? "line \(line): \(problem)" : problem }
    }

    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "error \(error.code)"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        note(problem: message, line: Int(error.line))
    }

    /// libxml2 2.9 silently drops every entity reference (even `&amp;`) once a
    /// recovered document is marked ill-formed, so the flag is raised again at
    /// the next event (libxml2 lowers it after the error callback returns); our
    /// own record of the problem is kept in ``isWellFormed``.
    func keepEntitiesAfterErrors() {
        if !isWellFormed, let context, context.pointee.wellFormed == 0 { context.pointee.wellFormed = 1 }
    }

    func declareEntity(name: UnsafePointer<xmlChar>, type: Int32, content: UnsafePointer<xmlChar>?) {
        // Only internal general entities: external ones would read files or URLs.
        guard type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), let content else { return }
        if entityDocument == nil {
            entityDocument = xmlNewDoc(nil)
            _ = xmlCreateIntSubset(entityDocument, nil, nil, nil)
        }
        _ = xmlAddDocEntity(entityDocument, name, Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), nil, nil, content)
    }

    func entity(named name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        keepEntitiesAfterErrors()
        if let entityDocument, let declared = xmlGetDocEntity(entityDocument, name) {
            expandedEntities += 1
            if expandedEntities > maxEntityExpansions {
                note(problem: "more than \(maxEntityExpansions) entity references; parsing stopped", line: currentLine)
                if let context { xmlStopParser(context) }
                return nil
            }
            return declared
        }
        return HTMLEntityTable.shared.entity(named: name)
    }
}

private struct NameKey: Hashable {
    let uri: UnsafePointer<xmlChar>?
    let prefix: UnsafePointer<xmlChar>?
    let localName: UnsafePointer<xmlChar>
}
