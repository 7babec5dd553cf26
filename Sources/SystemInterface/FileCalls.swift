import Glibc

/// The file operations the output folder needs below Foundation: creating
/// tens of thousands of pages through `FileManager` costs each one extra
/// lookups and copies, and neither the exclusive create, which tells an
/// existing page from a new one in the same call, nor realpath(3), which the
/// server checks every request's path with, has a Foundation spelling.
public enum FileCalls {
    /// Creates the file at `path` and writes all of `content` to it. With
    /// `exclusive` an existing file is an error (``SystemError/isExistingFile``);
    /// without it, an existing file is emptied first. The folder must exist
    /// (``SystemError/isMissingFolder`` otherwise). On a failed write the
    /// partial file is removed.
    public static func write(_ content: [UInt8], toFileAt path: String, exclusive: Bool) throws(SystemError) {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw .last("open") }
        let failure = content.withUnsafeBufferPointer { fill(descriptor, with: $0) }
        if let failure {
            close(descriptor)
            unlink(path)
            throw failure
        }
        guard close(descriptor) == 0 else {
            let failure = SystemError.last("close")
            unlink(path)
            throw failure
        }
    }

    private static func fill(_ descriptor: Int32, with bytes: UnsafeBufferPointer<UInt8>) -> SystemError? {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            // A write of nothing to a regular file means the disk is full.
            guard count > 0 else { return count < 0 ? .last("write") : SystemError(call: "write", code: ENOSPC) }
            written += count
        }
        return nil
    }

    /// rename(2): replaces `destination` in one step, as readers see it.
    public static func rename(_ source: String, to destination: String) throws(SystemError) {
        guard Glibc.rename(source, destination) == 0 else { throw .last("rename") }
    }

    /// The absolute path with every symbolic link, `.` and `..` resolved
    /// (realpath(3)); nil when it names nothing.
    public static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes the file; returns false when there was none to remove or it could not be.
    @discardableResult
    public static func remove(_ path: String) -> Bool {
        unlink(path) == 0
    }
}
