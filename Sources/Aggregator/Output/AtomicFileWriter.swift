import Foundation
import Glibc

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

    /// How a write may bring a file into existence.
    enum Creation {
        /// Through a temporary file and a rename, as every replacement is.
        case atomic
        /// Straight under its own name, when nothing published links to the file
        /// before the publication ends. A first cycle creates tens of thousands
        /// of pages, and the temporary file, the lookup of the missing name and
        /// the rename cost each page more kernel time than the write itself.
        /// A process killed mid-write leaves the page partial, but its story's
        /// page stays outdated in the store, so the next publication replaces it.
        case inPlace
    }

    /// Writes `content` to `relativePath` under the root; returns whether the
    /// file changed.
    func write(_ content: String, to relativePath: String, creating creation: Creation = .atomic) throws(CycleError) -> Bool {
        guard Self.staysInside(relativePath) else {
            throw CycleError(message: "refusing to write \(relativePath): the path would leave the output folder \(root)")
        }
        var content = content
        let outcome = content.withUTF8 { bytes in
            Result { () throws(CycleError) in try write(bytes, to: root + "/" + relativePath, creating: creation) }
        }
        return try outcome.get()
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String, creating creation: Creation) throws(CycleError) -> Bool {
        if creation == .inPlace {
            let descriptor = Self.openCreatingFolder(path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
            if descriptor >= 0 {
                try Self.fill(descriptor, with: bytes, removingOnFailure: path)
                return true
            }
            guard errno == EEXIST else { throw Self.failure(writing: path, errno: errno) }
        }
        if let existing = FileManager.default.contents(atPath: path),
            existing.withUnsafeBytes({ $0.elementsEqual(UnsafeRawBufferPointer(bytes)) })
        {
            return false
        }
        let slash = path.lastIndex(of: "/")!
        let temporary = String(path[..<slash]) + "/." + String(path[path.index(after: slash)...]) + Self.temporaryEnding
        let descriptor = Self.openCreatingFolder(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(writing: path, errno: errno) }
        try Self.fill(descriptor, with: bytes, removingOnFailure: temporary)
        guard rename(temporary, path) == 0 else {
            let error = Self.failure(writing: path, errno: errno)
            unlink(temporary)
            throw error
        }
        return true
    }

    /// Opens `path`, making its folders when a write first needs them:
    /// checking before every write costs a first cycle tens of thousands of calls.
    private static func openCreatingFolder(_ path: String, flags: Int32) -> Int32 {
        let descriptor = open(path, flags, 0o644)
        guard descriptor < 0, errno == ENOENT, let slash = path.lastIndex(of: "/") else { return descriptor }
        guard (try? FileManager.default.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)) != nil
        else {
            errno = ENOENT
            return -1
        }
        return open(path, flags, 0o644)
    }

    /// Writes every byte and closes the descriptor; on failure the file, which
    /// holds only part of the content, is removed.
    private static func fill(_ descriptor: Int32, with bytes: UnsafeBufferPointer<UInt8>, removingOnFailure path: String) throws(CycleError) {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let error = failure(writing: path, errno: count < 0 ? errno : EIO)
                close(descriptor)
                unlink(path)
                throw error
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let error = failure(writing: path, errno: errno)
            unlink(path)
            throw error
        }
    }

    private static func failure(writing path: String, errno code: Int32) -> CycleError {
        let error = POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        return CycleError(message: "cannot write \(path): \(error.localizedDescription)", cause: error)
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
    private static let temporaryEnding = ".\(getpid())" + temporarySuffix

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
