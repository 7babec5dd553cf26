internal import CLibXML2

/// The C callbacks capture nothing: each one finds its ``XMLStreamParser``
/// through the SAX user-data pointer.
extension XMLStreamParser {
    static var callbacks: xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { userData, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let userData, let localName else { return }
            XMLStreamParser.from(userData)._withUnsafeGuaranteedRef { parser in
                parser.startElement(localName, prefix, uri, attributeCount: Int(attributeCount), attributes: attributes)
            }
        }
        sax.endElementNs = { userData, _, _, _ in
            guard let userData else { return }
            XMLStreamParser.from(userData)._withUnsafeGuaranteedRef { parser in
                parser.keepEntitiesAfterErrors()
                parser.handler.endElement()
            }
        }
        sax.characters = { userData, bytes, length in
            guard let userData, let bytes, length > 0 else { return }
            XMLStreamParser.from(userData)._withUnsafeGuaranteedRef { parser in
                parser.keepEntitiesAfterErrors()
                parser.handler.text(UnsafeBufferPointer(start: bytes, count: Int(length)))
            }
        }
        sax.cdataBlock = sax.characters
        sax.getEntity = { userData, name in
            guard let userData, let name else { return nil }
            return XMLStreamParser.from(userData)._withUnsafeGuaranteedRef { $0.entity(named: name) }
        }
        sax.entityDecl = { userData, name, type, _, _, content in
            guard let userData, let name else { return }
            XMLStreamParser.from(userData)._withUnsafeGuaranteedRef {
                $0.declareEntity(name: name, type: type, content: content)
            }
        }
        sax.serror = { userData, error in
            guard let userData, let error else { return }
            XMLStreamParser.from(userData)._withUnsafeGuaranteedRef { $0.record(error.pointee) }
        }
        return sax
    }

    /// libxml2 lays each attribute out as five pointers: local name, prefix, URI, value start, value end.
    private func startElement(
        _ localName: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        let elementName = name(uri: uri, prefix: prefix, localName: localName)
        var list: [XMLAttribute] = []
        if let attributes, attributeCount > 0 {
            list.reserveCapacity(attributeCount)
            for index in 0..<attributeCount {
                let base = attributes + index * 5
                guard let attributeName = base[0], let start = base[3], let end = base[4] else { continue }
                list.append(XMLAttribute(
                    name: self.name(uri: base[2], prefix: base[1], localName: attributeName),
                    value: decodeAttributeValue(UnsafeBufferPointer(start: start, count: end - start))
                ))
            }
        }
        keepEntitiesAfterErrors()
        handler.startElement(elementName, attributes: list, line: currentLine)
    }

    /// The parser behind the user data, without a retain: ``parse(utf8:)`` holds it for the whole parse.
    private static func from(_ userData: UnsafeMutableRawPointer) -> Unmanaged<XMLStreamParser> {
        Unmanaged<XMLStreamParser>.fromOpaque(userData)
    }
}

/// Without entity substitution libxml2 hands attribute values over with `&amp;`
/// kept as `&#38;` and other entity references kept as written; decode both.
private func decodeAttributeValue(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    return HTMLEntityTable.shared.decodeReferences(in: String(decoding: bytes, as: UTF8.self))
}
