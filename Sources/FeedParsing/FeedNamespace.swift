/// The namespaces whose elements the feed parser reads, recognised by URI or,
/// when a feed forgets to declare one, by its customary prefix.
enum FeedNamespace {
    case none, atom10, atom03, rss10, rss090, rdf, content, dc, dcterms, media, itunes, xhtml, xml, other

    init(uri: String?, prefix: String?) {
        guard let uri else {
            self = prefix.map(FeedNamespace.init(customaryPrefix:)) ?? .none
            return
        }
        switch uri.lowercased().trimmingSuffix("/") {
        case "http://www.w3.org/2005/atom": self = .atom10
        case "http://purl.org/atom/ns#", "http://purl.org/atom/ns#draft-ietf-atompub-format-07": self = .atom03
        case "http://purl.org/rss/1.0": self = .rss10
        case "http://my.netscape.com/rdf/simple/0.9", "http://channel.netscape.com/rdf/simple/0.9": self = .rss090
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        case "http://purl.org/rss/1.0/modules/content": self = .content
        case "http://purl.org/dc/elements/1.1", "http://purl.org/dc/elements/1.0": self = .dc
        case "http://purl.org/dc/terms": self = .dcterms
        case "http://search.yahoo.com/mrss", "http://search.yahoo.com/rss", "http://tools.search.yahoo.com/mrss":
            self = .media
        case "http://www.itunes.com/dtds/podcast-1.0.dtd", "http://www.itunes.com/dtds/podcast-1.0.dtd#":
            self = .itunes
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/xml/1998/namespace": self = .xml
        // Userland's and others' attempts at an RSS 2.0 namespace are plain RSS.
        case "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss",
             "http://backend.userland.com/rss":
            self = .none
        default: self = .other
        }
    }

    private init(customaryPrefix prefix: String) {
        switch prefix.lowercased() {
        case "atom": self = .atom10
        case "content": self = .content
        case "dc": self = .dc
        case "dcterms": self = .dcterms
        case "media": self = .media
        case "itunes": self = .itunes
        case "xhtml": self = .xhtml
        case "rdf": self = .rdf
        case "xml": self = .xml
        default: self = .other
        }
    }

    /// RSS's own elements: no namespace (0.9x, 2.0), RSS 1.0's or RSS 0.90's.
    var isRSS: Bool { self == .none || self == .rss10 || self == .rss090 }
    var isAtom: Bool { self == .atom10 || self == .atom03 }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
