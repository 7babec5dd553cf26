/// An entry while its elements are being read.
struct EntryDraft {
    var entry = ParsedEntry()
    var guid: String?
    var guidIsPermaLink = false
    /// RSS 1.0's `rdf:about`, the item's URI when it has no other id.
    var resourceURI: String?
    var summaryIsHTML: Bool?
    var contentIsHTML: Bool?

    /// The finished entry; its `key` is assigned later, feed-wide (``EntryIdentity``).
    func finished() -> ParsedEntry {
        var result = entry
        if result.id == nil { result.id = guid ?? resourceURI?.nonBlank }
        if result.link == nil, guidIsPermaLink, let guid { result.link = guid }
        result.contentIsHTML = contentIsHTML ?? summaryIsHTML ?? false
        result.authors = result.people.compactMap(\.displayName)
        return result
    }
}
