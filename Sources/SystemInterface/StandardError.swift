import Glibc

/// The process's standard error stream, below Foundation's buffering.
public enum StandardError {
    /// Whether a person is watching: a terminal, not a pipe, a file or the journal.
    public static var isTerminal: Bool {
        isatty(STDERR_FILENO) == 1
    }

    /// The device and inode of the file standard error is open on, as
    /// systemd's `$JOURNAL_STREAM` names them; nil if they cannot be read.
    public static var fileIdentity: (device: UInt64, inode: UInt64)? {
        var status = stat()
        guard fstat(STDERR_FILENO, &status) == 0 else { return nil }
        return (UInt64(status.st_dev), UInt64(status.st_ino))
    }

    /// Writes all of `text` with as few write(2) calls as the kernel allows
    /// (one, for a line). Nothing is reported on failure: there is nowhere left to report it.
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = Glibc.write(STDERR_FILENO, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}
