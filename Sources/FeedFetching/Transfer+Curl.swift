internal import CCurl

extension Transfer {
    /// Creates and configures the easy handle and adds it to `multi`; on the engine thread only.
    func start(on multi: UnsafeMutableRawPointer, configuration: FetcherConfiguration) throws(FetchError) {
        guard let easy = curl_easy_init() else {
            throw FetchError(code: .other, url: request.url, message: "libcurl could not create a handle to fetch \(request.url).")
        }
        self.easy = easy
        requestHeaders = conditionalHeaders()
        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(aggregator_curl_easy_setopt_string(easy, CURLOPT_URL, request.url))
        // Neither the feed URL nor any redirect may reach file:, ftp: or the rest of libcurl's protocols.
        try check(aggregator_curl_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"))
        try check(aggregator_curl_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 1))
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_MAXREDIRS, configuration.maxRedirects))
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_TIMEOUT, configuration.totalTimeoutSeconds))
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT, configuration.connectTimeoutSeconds))
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_LOW_SPEED_LIMIT, configuration.lowSpeedBytesPerSecond))
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_LOW_SPEED_TIME, configuration.lowSpeedWindowSeconds))
        // Refuses an announced oversized body before it arrives; the write callback still counts
        // decoded bytes, since libcurl 7.88 checks only Content-Length (DESIGN.md, pitfall 3).
        try check(aggregator_curl_easy_setopt_off_t(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(configuration.maxBodyBytes)))
        // The empty string offers every encoding this libcurl can decode (gzip, deflate, br, zstd).
        try check(aggregator_curl_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""))
        try check(aggregator_curl_easy_setopt_string(easy, CURLOPT_USERAGENT, configuration.userAgent))
        try check(aggregator_curl_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, requestHeaders))
        // Without it libcurl may use SIGALRM for DNS timeouts, which is unsafe in a threaded process.
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1))
        // Lets cancellation and shutdown drop a transfer stuck in DNS at once instead of
        // joining the resolver thread (libcurl 7.87+).
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_QUICK_EXIT, 1))
        // A proxy's CONNECT reply would otherwise look like one more response head.
        try check(aggregator_curl_easy_setopt_long(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1))
        try check(aggregator_curl_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer))
        try check(aggregator_curl_easy_setopt_data_callback(easy, CURLOPT_HEADERFUNCTION, CurlCallbacks.header))
        try check(aggregator_curl_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, context))
        try check(aggregator_curl_easy_setopt_data_callback(easy, CURLOPT_WRITEFUNCTION, CurlCallbacks.write))
        try check(aggregator_curl_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, context))
        try check(aggregator_curl_easy_setopt_pointer(easy, CURLOPT_PRIVATE, context))
        let added = curl_multi_add_handle(multi, easy)
        guard added == CURLM_OK else {
            throw FetchError(
                code: .other, url: request.url,
                message: "libcurl refused to start fetching \(request.url): \(String(cString: curl_multi_strerror(added))).")
        }
    }

    /// Removes the easy handle from `multi` (if it was added) and frees it; safe to call once started or not.
    func detach(from multi: UnsafeMutableRawPointer) {
        if let easy {
            curl_multi_remove_handle(multi, easy)
            curl_easy_cleanup(easy)
            self.easy = nil
        }
        curl_slist_free_all(requestHeaders)
        requestHeaders = nil
    }

    /// The transfer that `multi` reported done: its response, or why there is none.
    func outcome(of code: CURLcode, configuration: FetcherConfiguration) -> Result<FetchResponse, FetchError> {
        guard code == CURLE_OK else { return .failure(error(for: code, configuration: configuration)) }
        var status = 0
        _ = aggregator_curl_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        let head = recorder.finalHead ?? ResponseHead(status: status)
        return .success(FetchResponse(
            status: status, finalURL: effectiveURL ?? request.url, redirects: redirects,
            etag: head.etag, lastModified: head.lastModified, contentType: head.contentType,
            retryAfter: head.retryAfter, cacheControl: head.cacheControl, expires: head.expires,
            body: recorder.body
        ))
    }

    /// The redirects libcurl followed, in order.
    var redirects: [Redirect] { redirectChain(recorder.followedRedirects) }

    /// Each head's `Location` resolved against the URL it redirected from, starting at the request's URL.
    func redirectChain(_ heads: [ResponseHead]) -> [Redirect] {
        var base = request.url
        return heads.compactMap { head in
            guard let location = head.location else { return nil }
            let target = URLParts.resolve(location, against: base) ?? location
            base = target
            return Redirect(status: head.status, location: target)
        }
    }

    private var effectiveURL: String? {
        var url: UnsafeMutablePointer<CChar>?
        guard aggregator_curl_easy_getinfo_string(easy, CURLINFO_EFFECTIVE_URL, &url) == CURLE_OK, let url else { return nil }
        return String(cString: url)
    }

    /// The validators as request headers; a value with a line break would inject headers, so it is not sent.
    private func conditionalHeaders() -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        let headers = [("If-None-Match", request.etag), ("If-Modified-Since", request.lastModified)]
        for case let (name, value?) in headers where !value.contains(where: \.isNewline) {
            list = curl_slist_append(list, "\(name): \(value)")
        }
        return list
    }

    private func check(_ code: CURLcode) throws(FetchError) {
        guard code == CURLE_OK else {
            throw FetchError(
                code: .other, url: request.url,
                message: "libcurl rejected an option for \(request.url): \(String(cString: curl_easy_strerror(code))).")
        }
    }
}
