import Foundation

/// An exclusive lock on the state folder for the length of a cycle, so a
/// one-shot `fetch` and a running daemon never poll the same feeds at once.
/// flock(2) is released by the kernel when the process dies, so a killed
/// cycle never leaves a stale lock behind.
final class CycleLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Waits for the lock; `onWait` is called once if another process holds it.
    ///
    /// The wait polls instead of blocking in flock(2): a blocked call could
    /// not be abandoned, and a daemon told to stop must not wait for another
    /// process's whole cycle first.
    static func acquire(folder: String, onWait: () -> Void) async throws(CycleError) -> CycleLock {
        let path = folder + "/cycle.lock"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CycleError(message: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        var waited = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw CycleError(message: "cannot lock \(path): \(reason)")
            }
            if !waited {
                onWait()
                waited = true
            }
            guard !Task.isStopRequested else {
                close(descriptor)
                throw CycleError(message: "stopped while waiting for another aggregator's cycle on \(path)")
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return CycleLock(descriptor: descriptor)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
