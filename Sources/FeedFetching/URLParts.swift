internal import CCurl

/// The parts of a URL the fetcher acts on, read with libcurl's own URL parser so that our view
/// of a URL (scheme, host, file path, a resolved redirect) is exactly the one libcurl fetches.
/// URL handles are independent of the multi handle, so any thread may use them.
struct URLParts {
    /// Lowercased, as libcurl normalises it.
    var scheme: String
    /// `host:port`, the unit libcurl counts per-host connections in; empty for `file:` URLs.
    var hostKey: String
    /// Percent-decoded.
    var path: String

    init?(_ url: String) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, url, UInt32(CURLU_NON_SUPPORT_SCHEME)) == CURLUE_OK,
              let scheme = Self.part(CURLUPART_SCHEME, of: handle, flags: 0),
              let path = Self.part(CURLUPART_PATH, of: handle, flags: UInt32(CURLU_URLDECODE))
        else { return nil }
        self.scheme = scheme
        self.path = path
        if let host = Self.part(CURLUPART_HOST, of: handle, flags: 0) {
            let port = Self.part(CURLUPART_PORT, of: handle, flags: UInt32(CURLU_DEFAULT_PORT)) ?? ""
            hostKey = "\(host.lowercased()):\(port)"
        } else {
            hostKey = ""
        }
    }

    /// `reference` (a `Location` header, maybe relative) made absolute against `base`.
    static func resolve(_ reference: String, against base: String) -> String? {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, base, UInt32(CURLU_NON_SUPPORT_SCHEME)) == CURLUE_OK,
              curl_url_set(handle, CURLUPART_URL, reference, UInt32(CURLU_NON_SUPPORT_SCHEME)) == CURLUE_OK
        else { return nil }
        return part(CURLUPART_URL, of: handle, flags: 0)
    }

    private static func part(_ part: CURLUPart, of handle: OpaquePointer, flags: UInt32) -> String? {
        var text: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, part, &text, flags) == CURLUE_OK, let text else { return nil }
        defer { curl_free(text) }
        return String(cString: text)
    }
}
