/// An element name as the namespace-aware parser reports it.
struct XMLName {
    /// Numbers the distinct names of one document densely from 0, so that a handler
    /// can work out once what a name means and find it again by index.
    var id: Int
    var namespaceURI: String?
    var prefix: String?
    var localName: String
}
