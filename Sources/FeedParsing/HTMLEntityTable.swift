internal import CLibXML2

/// The HTML 4 named entities (`&eacute;`, `&nbsp;` ...) that feeds use without
/// declaring them, as libxml2 entities the SAX `getEntity` callback can return.
///
/// The table is generated from libxml2's own `htmlEntityValueLookup`, asked for
/// every code point the HTML 4 list reaches. Entities are created once and
/// only ever read by the parser (as predefined entities their content is
/// inlined), so one table serves every parse on every thread.
final class HTMLEntityTable: @unchecked Sendable {
    static let shared = HTMLEntityTable()

    private let entities: [String: xmlEntityPtr]
    let scalars: [String: Unicode.Scalar]

    private init() {
        var entities: [String: xmlEntityPtr] = [:]
        var scalars: [String: Unicode.Scalar] = [:]
        // The highest HTML 4 entity is &diams; (U+2666).
        for value in UInt32(1)...0x2666 {
            guard let description = htmlEntityValueLookup(value), let namePointer = description.pointee.name,
                  let scalar = Unicode.Scalar(value)
            else { continue }
            let name = String(cString: namePointer)
            guard name != "amp", name != "lt", name != "gt", name != "quot" else { continue }
            scalars[name] = scalar
            let content = Array(String(Character(scalar)).utf8) + [0]
            entities[name] = xmlNewEntity(nil, namePointer, Int32(XML_INTERNAL_PREDEFINED_ENTITY.rawValue), nil, nil, content)
        }
        scalars["amp"] = "&"
        scalars["lt"] = "<"
        scalars["gt"] = ">"
        scalars["quot"] = "\""
        scalars["apos"] = "'"
        self.entities = entities
        self.scalars = scalars
    }

    func entity(named name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        entities[String(cString: name)]
    }

    /// Replaces character references and known named references; unknown ones stay as written.
    func decodeReferences(in text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var scalars = text.unicodeScalars[...]
        while let ampersand = scalars.firstIndex(of: "&") {
            result.unicodeScalars.append(contentsOf: scalars[..<ampersand])
            let rest = scalars[scalars.index(after: ampersand)...]
            if let semicolon = rest.prefix(32).firstIndex(of: ";"),
               let decoded = decodeReference(String(String.UnicodeScalarView(rest[..<semicolon]))) {
                result.unicodeScalars.append(decoded)
                scalars = rest[rest.index(after: semicolon)...]
            } else {
                result.unicodeScalars.append("&")
                scalars = rest
            }
        }
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private func decodeReference(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
        }
        return scalars[body]
    }
}
