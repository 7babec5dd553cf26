import Glibc
import Timestamps

/// A `file:` feed, read straight from disk: libcurl never sees these URLs, and no redirect
/// can reach them. Its validators imitate nginx's, so conditional requests work the same way.
struct LocalFeedFile {
    let request: FetchRequest
    let path: String
    let maxBodyBytes: Int

    func read() throws(FetchError) -> FetchResponse {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw unreadable(errno) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw FetchError(code: .fileUnreadable, url: request.url, message: "\(path) (from \(request.url)) is not a regular file.")
        }
        let size = Int(status.st_size)
        guard size <= maxBodyBytes else {
            throw FetchError(
                code: .bodyTooLarge, url: request.url,
                message: "\(path) (from \(request.url)) is larger than \(maxBodyBytes) bytes, so it was not read.")
        }
        let modified = status.st_mtim
        // Nanoseconds in the tag let a rewrite within the same second still count as a change.
        let etag = "\"\(String(modified.tv_sec, radix: 16)).\(String(modified.tv_nsec, radix: 16))-\(String(size, radix: 16))\""
        let lastModified = Timestamp(secondsSince1970: Int64(modified.tv_sec)).httpDate
        // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2); the date is compared
        // exactly, as nginx does, since it is our own string handed back.
        let unchanged = request.etag.map { $0 == etag } ?? (request.lastModified == lastModified)
        let body = unchanged ? [] : try contents(of: descriptor, size: size)
        return FetchResponse(
            status: unchanged ? 304 : 200, finalURL: request.url, etag: etag, lastModified: lastModified, body: body)
    }

    private func contents(of descriptor: Int32, size: Int) throws(FetchError) -> [UInt8] {
        var body = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = body.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if count < 0 { throw unreadable(errno) }
                break
            }
            filled += count
        }
        // A file that shrank while being read gives what it had.
        body.removeSubrange(filled...)
        return body
    }

    private func unreadable(_ error: Int32) -> FetchError {
        FetchError(
            code: .fileUnreadable, url: request.url,
            message: "\(path) (from \(request.url)) could not be read: \(String(cString: strerror(error))).")
    }
}
