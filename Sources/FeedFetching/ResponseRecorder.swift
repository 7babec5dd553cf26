/// Collects what libcurl's header and write callbacks deliver for one transfer: a head per
/// response (redirect hops included) and the decoded body of the last response, up to a cap.
struct ResponseRecorder {
    let maxBodyBytes: Int
    private(set) var heads: [ResponseHead] = []
    private(set) var body: [UInt8] = []
    /// Set when a chunk was refused because it would have passed `maxBodyBytes`.
    private(set) var bodyOverflowed = false

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

    /// One raw header line, CRLF included, as libcurl passes it.
    mutating func receiveHeaderLine(_ line: String) {
        let trimmed = line.trimmingHTTPWhitespace()
        if trimmed.hasPrefix("HTTP/") {
            let fields = trimmed.split(separator: " ", maxSplits: 2)
            heads.append(ResponseHead(status: fields.count > 1 ? Int(fields[1]) ?? 0 : 0))
            // The body belongs to the final response only; a redirect's body is dropped with it.
            body.removeAll(keepingCapacity: true)
            return
        }
        guard !heads.isEmpty, let colon = trimmed.firstIndex(of: ":") else { return }
        let name = String(trimmed[..<colon]).lowercased()
        let value = String(trimmed[trimmed.index(after: colon)...]).trimmingHTTPWhitespace()
        heads[heads.count - 1].record(name: name, value: value)
    }

    /// Appends a decoded chunk; false when it would pass the cap, which tells libcurl to abort.
    mutating func receiveBody(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard body.count + chunk.count <= maxBodyBytes else {
            bodyOverflowed = true
            return false
        }
        body.append(contentsOf: chunk)
        return true
    }

    /// The head of the response the transfer ended with.
    var finalHead: ResponseHead? { heads.last { !$0.isInformational } }

    /// The redirects libcurl followed: every real response before the final one.
    var followedRedirects: [ResponseHead] {
        Array(heads.filter { !$0.isInformational }.dropLast())
    }
}
