/// An element name as the namespace-aware parser reports it.
struct XMLName {
    /// Numbers the distinct names of one document densely from 0, so that a handler
    /// can work out once what a name means and find it again by index.
    var id: Int
    var namespaceURI: String?
    var prefix: String?
    var localName: String
}

struct XMLAttribute {
    var name: XMLName
    var value: String
}

/// What ``XMLStreamParser`` tells as it reads; text arrives in pieces.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int)
    func endElement()
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension [XMLAttribute] {
    /// The value of an attribute without a namespace, by local name.
    func value(of localName: String) -> String? {
        first(where: { $0.name.localName == localName && $0.name.namespaceURI == nil })?.value
    }
}
