/// The status and the headers we keep of one HTTP response. A transfer that follows
/// redirects sees one head per hop; only the last one describes the feed.
struct ResponseHead: Equatable {
    var status: Int
    var location: String?
    var etag: String?
    var lastModified: String?
    var contentType: String?
    var retryAfter: String?
    var cacheControl: String?
    var expires: String?

    init(status: Int) {
        self.status = status
    }

    /// Informational 1xx heads (100 Continue, 103 Early Hints) precede the real response.
    var isInformational: Bool { status < 200 }

    mutating func record(name: String, value: String) {
        switch name {
        case "location": location = value
        case "etag": etag = value
        case "last-modified": lastModified = value
        case "content-type": contentType = value
        case "retry-after": retryAfter = value
        // A server may split its directives over several Cache-Control lines; all of them count.
        case "cache-control": cacheControl = cacheControl.map { "\($0), \(value)" } ?? value
        case "expires": expires = value
        default: break
        }
    }
}
