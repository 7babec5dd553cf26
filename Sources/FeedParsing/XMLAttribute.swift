/// An attribute, its name resolved against the namespaces in scope like an element's.
struct XMLAttribute {
    var name: XMLName
    var value: String
}

extension [XMLAttribute] {
    /// The value of an attribute without a namespace, by local name.
    func value(of localName: String) -> String? {
        first(where: { $0.name.localName == localName && $0.name.namespaceURI == nil })?.value
    }
}
