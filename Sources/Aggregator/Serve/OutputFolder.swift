import Foundation
import Synchronization
import SystemInterface
import Timestamps

/// The output folder as the HTTP server sees it: only regular files reached
/// through real folders below it, never through `..` or a symbolic link.
final class OutputFolder: Sendable {
    /// Enough for the feeds, the index and the archive pages readers poll;
    /// story pages beyond it are read from disk each time.
    static let cachedFiles = 256

    let path: String
    private let cache = Mutex<[String: OutputFile]>([:])

    init(path: String) {
        self.path = path
    }

    /// The file a request path names, or nil when it names nothing servable.
    /// `requestPath` is the path as sent, still percent-encoded.
    func file(at requestPath: String) -> OutputFile? {
        guard let relative = Self.relativePath(requestPath) else { return nil }
        guard let root = FileCalls.resolvedPath(path) else { return nil }
        let full = root + "/" + relative
        // Any symbolic link on the way makes the resolved path differ from the written one.
        guard FileCalls.resolvedPath(full) == full else { return nil }
        return load(full)
    }

    /// The path below the folder, decoded; nil for `..`, `.`, empty segments,
    /// NUL or a bad escape. A path ending in `/` names that folder's index.html.
    static func relativePath(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), let decoded = percentDecoded(requestPath.dropFirst()) else { return nil }
        let named = decoded.isEmpty || decoded.hasSuffix("/") ? decoded + "index.html" : decoded
        let segments = named.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }) else { return nil }
        return named
    }

    private static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private func load(_ full: String) -> OutputFile? {
        // The version is read before the bytes: should a rename fall in between,
        // the cached entry carries an older version than its bytes and is read
        // again next time, never the other way round.
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        let version = OutputFile.Version(
            inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0,
            size: (attributes[.size] as? NSNumber)?.int64Value ?? 0,
            modified: modified.timeIntervalSince1970
        )
        if let cached = cache.withLock({ $0[full] }), cached.version == version { return cached }
        guard let handle = FileHandle(forReadingAtPath: full) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() ?? Data() else { return nil }
        let file = OutputFile(
            version: version, bytes: [UInt8](data), contentType: OutputFile.contentType(forName: full),
            modified: Timestamp(secondsSince1970: Int64(modified.timeIntervalSince1970.rounded(.down)))
        )
        cache.withLock { cache in
            // Starting over keeps the cache bounded without bookkeeping for eviction.
            if cache.count >= Self.cachedFiles, cache[full] == nil { cache.removeAll(keepingCapacity: true) }
            cache[full] = file
        }
        return file
    }
}
