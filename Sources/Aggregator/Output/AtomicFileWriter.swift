import Foundation

/// Writes output files so a reader never sees half a file: the content goes
/// to a temporary file in the same folder, then is renamed over the old one.
/// An unchanged file is left alone, so its mtime (and the ETag a web server
/// derives from it) stays, and readers polling it get 304s.
///
/// There is no fsync: the rename alone makes a write atomic for readers and
/// against a killed process, and a first cycle writes tens of thousands of
/// pages, where an fsync each cost more than rendering them. Against power
/// loss, ext4 (auto_da_alloc) flushes a file replaced by rename before the rename.
struct AtomicFileWriter {
    let root: String

    /// Writes `content` to `relativePath` under the root; returns whether the
    /// file changed.
    func write(_ content: String, to relativePath: String) throws(CycleError) -> Bool {
        guard Self.staysInside(relativePath) else {
            throw CycleError(message: "refusing to write \(relativePath): the path would leave the output folder \(root)")
        }
        let path = root + "/" + relativePath
        let bytes = Data(content.utf8)
        if let existing = FileManager.default.contents(atPath: path), existing == bytes {
            return false
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = folder + "/." + (path as NSString).lastPathComponent + ".\(getpid())" + Self.temporarySuffix
        do {
            var descriptor = Self.create(temporary)
            if descriptor < 0 && errno == ENOENT {
                // Folders are made when a write first needs them: checking
                // before every write costs a first cycle tens of thousands of calls.
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                descriptor = Self.create(temporary)
            }
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: bytes)
            try handle.close()
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw CycleError(message: "cannot write \(path): \(error.localizedDescription)", cause: error)
        }
        return true
    }

    /// Deletes the temporary files a killed writer left under the root. They
    /// are hidden names no page links to, but a web server would still list
    /// or serve them, and the next write of the same file would only reuse one.
    /// Returns how many were removed.
    func removeTemporaryFiles() -> Int {
        guard let names = FileManager.default.enumerator(atPath: root) else { return 0 }
        var removed = 0
        while let name = names.nextObject() as? String {
            let file = (name as NSString).lastPathComponent
            if file.hasPrefix("."), file.hasSuffix(Self.temporarySuffix), unlink(root + "/" + name) == 0 {
                removed += 1
            }
        }
        return removed
    }

    /// Temporary files are `.<name>.<pid>.tmp`: hidden, and distinct for two
    /// processes writing one file (`feeds import` holds no cycle lock).
    private static let temporarySuffix = ".tmp"

    private static func create(_ path: String) -> Int32 {
        open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    }

    /// Whether `relativePath` exists under the root.
    func exists(_ relativePath: String) -> Bool {
        Self.staysInside(relativePath) && FileManager.default.fileExists(atPath: root + "/" + relativePath)
    }

    /// Paths come from our own naming (``ArticlePath``, ``ArchiveSeries``); this is the
    /// last line of defence should one ever carry `..`, a leading `/` or a hidden name.

    static func staysInside(_ relativePath: String) -> Bool {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        return !components.isEmpty && components.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\0") }
    }
}
