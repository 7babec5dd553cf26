import Foundation

/// An exclusive lock on the state folder for the length of a cycle, so a
/// one-shot `fetch` and a running daemon never poll the same feeds at once.
/// flock(2) is released by the kernel when the process dies, so a killed
/// cycle never leaves a stale lock behind.
final class CycleLock {
    private let descriptor: Int32

    /// Waits for the lock; `onWait` is called once if another process holds it.
    init(folder: String, onWait: () -> Void) throws(CycleError) {
        let path = folder + "/cycle.lock"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CycleError(message: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            onWait()
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw CycleError(message: "cannot lock \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
