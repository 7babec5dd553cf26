import Glibc

/// An advisory flock(2) lock on a file, held until the lock is released.
/// The kernel drops it when the process dies, so a killed holder never
/// leaves a stale lock behind.
public final class FileLock {
    private let descriptor: Int32

    /// Opens (creating if needed) the lock file; its folder must exist.
    public init(path: String) throws(SystemError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .last("open") }
    }

    /// Takes the lock without waiting; false when another process holds it.
    public func tryLock() throws(SystemError) -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return false
            default: throw .last("flock")
            }
        }
        return true
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
