@preconcurrency import CLibXML2

/// A strict libxml2 parse of a document we wrote, flattened into plain values the
/// tests can filter: nil when the document is not well-formed XML.
struct XMLSnapshot {
    struct Element {
        var name: String
        var namespace: String?
        var parentName: String?
        var attributes: [String: String]
        /// All descendant text, as a reader would get it (entities and escapes undone).
        var text: String
        /// The children serialised as XML, when the element has element children.
        var innerXML: String?
    }

    private(set) var elements: [Element] = []

    /// `recover` mimics a lenient reader for the sanitiser corpus; our own output is
    /// always parsed strictly.
    init?(parsing document: String, recover: Bool = false) {
        let bytes = Array(document.utf8)
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        if recover { options |= XML_PARSE_RECOVER.rawValue }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", Int32(options))
            }
        }
        guard let parsed else { return nil }
        defer { xmlFreeDoc(parsed) }
        collect(xmlDocGetRootElement(parsed), parentName: nil)
    }

    func all(_ name: String, in namespace: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    private mutating func collect(_ node: xmlNodePtr?, parentName: String?) {
        guard let node, node.pointee.type == XML_ELEMENT_NODE else { return }
        let name = String(cString: node.pointee.name)
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            attributes[String(cString: current.pointee.name)] = value.map { String(cString: $0) } ?? ""
            if let value { xmlFree(value) }
            attribute = current.pointee.next
        }
        let content = xmlNodeGetContent(node)
        defer { if let content { xmlFree(content) } }
        elements.append(Element(
            name: name,
            namespace: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
            parentName: parentName,
            attributes: attributes,
            text: content.map { String(cString: $0) } ?? "",
            innerXML: Self.innerXML(of: node)
        ))
        var child = node.pointee.children
        while let current = child {
            collect(current, parentName: name)
            child = current.pointee.next
        }
    }

    private static func innerXML(of node: xmlNodePtr) -> String? {
        var child = node.pointee.children
        var hasElements = false
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { hasElements = true }
            child = current.pointee.next
        }
        guard hasElements, let buffer = xmlBufferCreate() else { return nil }
        defer { xmlBufferFree(buffer) }
        child = node.pointee.children
        while let current = child {
            xmlNodeDump(buffer, node.pointee.doc, current, 0, 0)
            child = current.pointee.next
        }
        return String(cString: xmlBufferContent(buffer))
    }
}
