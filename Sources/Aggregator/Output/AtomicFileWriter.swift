import Foundation
import SystemInterface

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

    /// Writes `content` (UTF-8, as the renderers give it) to `relativePath`
    /// under the root; returns whether the file changed.
    func write(_ content: [UInt8], to relativePath: String, creating creation: Creation = .atomic) throws(CycleError) -> Bool {
        guard Self.staysInside(relativePath) else {
            throw CycleError(message: "refusing to write \(relativePath): the path would leave the output folder \(root)")
        }
        let path = root + "/" + relativePath
        do {
            return try writeFile(content, at: path, creating: creation)
        } catch {
            throw CycleError(message: "cannot write \(path): \(error.reason)", cause: error)
        }
    }

    private func writeFile(_ content: [UInt8], at path: String, creating creation: Creation) throws(SystemError) -> Bool {
        if creation == .inPlace {
            do {
                try Self.createFolderIfMissing(for: path) { () throws(SystemError) in
                    try FileCalls.write(content, toFileAt: path, exclusive: true)
                }
                return true
            } catch let error where error.isExistingFile {}
        }
        if let existing = FileManager.default.contents(atPath: path), existing.count == content.count, existing.elementsEqual(content) {
            return false
        }
        let slash = path.lastIndex(of: "/")!
        let temporary = String(path[..<slash]) + "/." + String(path[path.index(after: slash)...]) + Self.temporaryEnding
        try Self.createFolderIfMissing(for: path) { () throws(SystemError) in
            try FileCalls.write(content, toFileAt: temporary, exclusive: false)
        }
        do {
            try FileCalls.rename(temporary, to: path)
        } catch {
            FileCalls.remove(temporary)
            throw error
        }
        return true
    }

    /// Runs `create`, and once more after making the file's folders if they
    /// were missing: checking before every write costs a first cycle tens of
    /// thousands of calls.
    private static func createFolderIfMissing(
        for path: String, _ create: () throws(SystemError) -> Void
    ) throws(SystemError) {
        do {
            try create()
        } catch let error where error.isMissingFolder {
            let folder = String(path[..<path.lastIndex(of: "/")!])
            guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else {
                throw error
            }
            try create()
        }
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
            if file.hasPrefix("."), file.hasSuffix(Self.temporarySuffix), FileCalls.remove(root + "/" + name) {
                removed += 1
            }
        }
        return removed
    }

    /// Temporary files are `.<name>.<pid>.tmp`: hidden, and distinct for two
    /// processes writing one file (`feeds import` holds no cycle lock).
    private static let temporarySuffix = ".tmp"
    private static let temporaryEnding = ".\(ProcessInfo.processInfo.processIdentifier)" + temporarySuffix

    /// Whether `relativePath` exists under the root.
    func exists(_ relativePath: String) -> Bool {
        Self.staysInside(relativePath) && FileManager.default.fileExists(atPath: root + "/" + relativePath)
    }

    /// Paths come from our own naming (``ArticlePath``, ``ArchiveSeries``); this is the
    /// last line of defence should one ever carry `..`, a leading `/` or a hidden name.
    /// Checked on bytes: it runs for every page of a first cycle, and splitting
    /// the path into substrings cost more than rendering the page's dates.
    static func staysInside(_ relativePath: String) -> Bool {
        var atComponentStart = true
        for byte in relativePath.utf8 {
            if byte == 0 { return false }
            if atComponentStart && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".")) { return false }
            atComponentStart = byte == UInt8(ascii: "/")
        }
        // Empty, or ending in `/`: the last component is empty.
        return !atComponentStart
    }
}
