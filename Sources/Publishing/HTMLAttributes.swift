internal import CLibXML2

/// The attributes libxml2's SAX parser hands over with an element: a NULL-terminated
/// array of name and value pointers.
struct HTMLAttributes: Sequence {
    let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    struct Attribute {
        let name: UnsafePointer<xmlChar>
        let rawValue: UnsafePointer<xmlChar>?

        /// The value libxml2's tree would hold: an attribute without one gets an empty
        /// value, except HTML 4's boolean attributes, which get their own name
        /// (`htmlIsBooleanAttr`, which compares ignoring case).
        var value: String {
            if let rawValue { return String(decoding: LibXMLString.bytes(rawValue), as: UTF8.self) }
            guard Self.booleanAttributes.contains(where: { xmlStrcasecmp(name, $0) == 0 }) else { return "" }
            return String(decoding: LibXMLString.bytes(name), as: UTF8.self)
        }

        private static let booleanAttributes: [[xmlChar]] = [
            "checked", "compact", "declare", "defer", "disabled", "ismap", "multiple", "nohref", "noresize", "noshade",
            "nowrap", "readonly", "selected",
        ].map { Array($0.utf8) + [0] }
    }

    struct Iterator: IteratorProtocol {
        var pair: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

        mutating func next() -> Attribute? {
            guard let current = pair, let name = current[0] else { return nil }
            pair = current + 2
            return Attribute(name: name, rawValue: current[1])
        }
    }

    func makeIterator() -> Iterator {
        Iterator(pair: pairs)
    }
}
