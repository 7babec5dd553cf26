/// One conditional GET: the validators are those the feed's last final response carried.
public struct FetchRequest: Sendable {
    public var url: String
    /// Sent as `If-None-Match`.
    public var etag: String?
    /// Sent as `If-Modified-Since`, verbatim, as servers such as nginx compare it exactly.
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}
