import Foundation
import SystemInterface

/// An exclusive lock on the state folder for the length of a cycle, so a
/// one-shot `fetch` and a running daemon never poll the same feeds at once.
/// It is a ``FileLock``, so a killed cycle never leaves a stale lock behind.
final class CycleLock {
    private let lock: FileLock

    private init(lock: FileLock) {
        self.lock = lock
    }

    /// Waits for the lock; `onWait` is called once if another process holds it.
    ///
    /// The wait polls instead of blocking in flock(2): a blocked call could
    /// not be abandoned, and a daemon told to stop must not wait for another
    /// process's whole cycle first.
    static func acquire(folder: String, onWait: () -> Void) async throws(CycleError) -> CycleLock {
        let path = folder + "/cycle.lock"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lock: FileLock
        do {
            lock = try FileLock(path: path)
        } catch {
            throw CycleError(message: "cannot open the lock file \(path): \(error.reason)", cause: error)
        }
        var waited = false
        while true {
            do {
                if try lock.tryLock() { return CycleLock(lock: lock) }
            } catch {
                throw CycleError(message: "cannot lock \(path): \(error.reason)", cause: error)
            }
            if !waited {
                onWait()
                waited = true
            }
            guard !Task.isStopRequested else {
                throw CycleError(message: "stopped while waiting for another aggregator's cycle on \(path)")
            }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}
