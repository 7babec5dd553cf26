/// The final response of a fetch; every header field is that of the last hop.
public struct FetchResponse: Sendable {
    /// 200, 304, 410, 429, ...; a `file://` URL gives 200 or 304.
    public var status: Int
    public var finalURL: String
    public var redirects: [Redirect]
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?
    public var retryAfter: String?
    public var cacheControl: String?
    public var expires: String?
    /// Decoded: libcurl has undone gzip, deflate, br or zstd.
    public var body: [UInt8]

    public init(
        status: Int, finalURL: String, redirects: [Redirect] = [], etag: String? = nil, lastModified: String? = nil,
        contentType: String? = nil, retryAfter: String? = nil, cacheControl: String? = nil, expires: String? = nil,
        body: [UInt8] = []
    ) {
        self.status = status
        self.finalURL = finalURL
        self.redirects = redirects
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.retryAfter = retryAfter
        self.cacheControl = cacheControl
        self.expires = expires
        self.body = body
    }
}
