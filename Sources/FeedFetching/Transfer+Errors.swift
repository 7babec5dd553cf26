internal import CCurl

extension Transfer {
    /// Maps libcurl's result to our codes, with one sentence naming the URL and the limit involved.
    func error(for code: CURLcode, configuration: FetcherConfiguration) -> FetchError {
        let url = request.url
        let detail = errorBuffer.pointee == 0 ? String(cString: curl_easy_strerror(code)) : String(cString: errorBuffer)
        func failure(_ code: FetchError.Code, _ message: String) -> FetchError {
            FetchError(code: code, url: url, message: message)
        }
        switch code {
        case CURLE_OPERATION_TIMEDOUT where detail.hasPrefix("Operation too slow"):
            // libcurl reports the low-speed cut-off with the same code as the total timeout;
            // only its message (lib/speedcheck.c) tells them apart.
            return failure(
                .tooSlow,
                "\(url) sent less than \(configuration.lowSpeedBytesPerSecond) bytes per second for "
                    + "\(configuration.lowSpeedWindowSeconds) s, so the transfer was cut off.")
        case CURLE_OPERATION_TIMEDOUT where !connected:
            return failure(.timedOut, "Connecting to the server of \(url) timed out: \(detail).")
        case CURLE_OPERATION_TIMEDOUT:
            return failure(.timedOut, "Fetching \(url) took longer than \(configuration.totalTimeoutSeconds) s, so it was stopped.")
        case _ where code == CURLE_FILESIZE_EXCEEDED || (code == CURLE_WRITE_ERROR && recorder.bodyOverflowed):
            return failure(
                .bodyTooLarge,
                "\(url) sent a body larger than \(configuration.maxBodyBytes) bytes (decoded), so the transfer was cut off.")
        case CURLE_UNSUPPORTED_PROTOCOL where recorder.finalHead?.location != nil:
            return failure(
                .redirectRefused,
                "\(url) redirected to \(lastRedirectTarget), which is not an http or https URL, so it was not followed.")
        case CURLE_TOO_MANY_REDIRECTS:
            return failure(
                .tooManyRedirects,
                "\(url) redirected more than \(configuration.maxRedirects) times (last to \(lastRedirectTarget)).")
        case CURLE_COULDNT_RESOLVE_HOST:
            return failure(.hostNotFound, "The host of \(url) could not be found: \(detail).")
        case CURLE_COULDNT_CONNECT, CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            return failure(.connectionFailed, "The connection for \(url) failed: \(detail).")
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
             CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CRL_BADFILE, CURLE_SSL_SHUTDOWN_FAILED:
            return failure(.tlsFailed, "The TLS connection for \(url) failed: \(detail).")
        default:
            return failure(.other, "Fetching \(url) failed: \(detail).")
        }
    }

    /// Where the last redirect pointed, including the one libcurl refused to follow.
    private var lastRedirectTarget: String {
        redirectChain(recorder.heads.filter { !$0.isInformational }).last?.location ?? "an unknown location"
    }

    /// Whether the request got as far as being sent. The connect time alone
    /// cannot tell: it stays 0 on a reused keep-alive connection.
    private var connected: Bool {
        var microseconds: curl_off_t = 0
        _ = aggregator_curl_easy_getinfo_off_t(easy, CURLINFO_PRETRANSFER_TIME_T, &microseconds)
        return microseconds > 0 || !recorder.heads.isEmpty
    }
}
