internal import CLibXML2
internal import Glibc

/// libxml2's SAX2 push parser around one document, reporting to an ``XMLEventHandler``.
///
/// Options are `RECOVER | NONET | IGNORE_ENC` and never `NOENT`, `DTDLOAD` or
/// `HUGE`: entities are not substituted from outside, no DTD is fetched, and
/// libxml2's own size and depth limits stay on. The input is already UTF-8
/// (``FeedTextDecoder`` converted it), so the declaration's encoding is ignored.
final class XMLStreamParser {
    /// Unowned because the caller keeps the handler alive for the parse, and a
    /// strong reference would be retained and released on every SAX event.
    unowned(unsafe) let handler: any XMLEventHandler
    let maxEntityExpansions: Int
    private(set) var firstProblem: String?
    private(set) var isWellFormed = true
    private(set) var expandedEntities = 0
    private var context: xmlParserCtxtPtr?
    /// Names and namespace URIs by address: libxml2 interns them in its dictionary,
    /// so each distinct one is turned into a Swift string once per document.
    private var internedNames: [UnsafeRawPointer: String] = [:]
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
            self.internedNames = [:]
        }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        xmlCtxtUseOptions(context, options)
        xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        let chunkSize = 64 * 1024
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, context.pointee.disableSAX == 0 {
                let length = min(chunkSize, buffer.count - offset)
                let chunk = UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self)
                xmlParseChunk(context, chunk, Int32(length), 0)
                offset += length
            }
        }
        xmlParseChunk(context, nil, 0, 1)
    }

    func interned(_ pointer: UnsafePointer<xmlChar>) -> String {
        let key = UnsafeRawPointer(pointer)
        // Checked, not trusted: a string that was not interned could reuse a freed address.
        if let known = internedNames[key], isSame(known, pointer) { return known }
        let name = String(cString: pointer)
        internedNames[key] = name
        return name
    }

    private func isSame(_ known: String, _ pointer: UnsafePointer<xmlChar>) -> Bool {
        var copy = known
        return copy.withUTF8 { bytes in
            strlen(pointer) == bytes.count && (bytes.isEmpty || memcmp(bytes.baseAddress!, pointer, bytes.count) == 0)
        }
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
