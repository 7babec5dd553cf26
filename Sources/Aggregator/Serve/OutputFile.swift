import HTTPCompression
import NIOCore
import StableHashing
import Timestamps

/// One published file as served: its bytes, read whole from one open file
/// (the publisher replaces files by rename, so they are never half-written),
/// and the validators derived from them.
struct OutputFile: Sendable {
    /// What identifies the version on disk: a rename gives a new inode.
    struct Version: Hashable, Sendable {
        var inode: UInt64
        var size: Int64
        var modified: Double
    }

    let version: Version
    /// Kept as buffers so each answer shares them instead of copying.
    let body: ByteBuffer
    /// The same body gzipped, when that makes it smaller.
    let gzippedBody: ByteBuffer?
    let contentType: String
    let modified: Timestamp
    /// Strong: it changes whenever a byte does, so one value names one body.
    let entityTag: String
    /// A strong tag names one representation, so the gzipped body has its own.
    let gzipEntityTag: String

    /// Compresses and hashes once per version, not once per request.
    init(version: Version, bytes: [UInt8], contentType: String, modified: Timestamp) {
        self.version = version
        body = ByteBuffer(bytes: bytes)
        gzippedBody = Gzip.compress(bytes).flatMap { $0.count < bytes.count ? ByteBuffer(bytes: $0) : nil }
        self.contentType = contentType
        self.modified = modified
        let digest = "\(StableHash.hex(of: bytes))-\(bytes.count)"
        entityTag = "\"\(digest)\""
        gzipEntityTag = "\"\(digest)-gzip\""
    }

    static func contentType(forName name: String) -> String {
        switch name.split(separator: ".").last {
        case "atom": "application/atom+xml; charset=utf-8"
        case "json": "application/feed+json"
        case "html": "text/html; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
