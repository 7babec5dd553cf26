import Dispatch
import Store
import Synchronization

/// Runs a cycle's store writes one after another, in the order they were
/// submitted, on a thread of their own, while the cycle places the next feeds'
/// items in stories: on a first cycle SQLite's inserts cost about as much as
/// the placing, and one after the other on one thread the two added up.
///
/// Once a write fails the later ones are skipped, so a feed's state is never
/// saved without the items it brought; ``wait(untilPendingAtMost:)`` reports the failure.
final class StoreWriter: Sendable {
    private let queue = DispatchQueue(label: "aggregator.store-writes")
    private let progress = Mutex(Progress())

    private struct Progress {
        var submitted = 0
        var finished = 0
        var failure: StoreError?
        /// Waiters, each resumed once `finished` reaches its count.
        var waiting: [(finished: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }

    /// Queues `write` behind every write submitted before it.
    func submit(_ write: @escaping @Sendable () throws(StoreError) -> Void) {
        progress.withLock { $0.submitted += 1 }
        queue.async { [self] in
            var failure: StoreError?
            if progress.withLock({ $0.failure == nil }) {
                do throws(StoreError) { try write() } catch { failure = error }
            }
            let resumed = progress.withLock { progress in
                progress.finished += 1
                if progress.failure == nil { progress.failure = failure }
                let finished = progress.finished
                let due = progress.waiting.filter { $0.finished <= finished }.map(\.continuation)
                progress.waiting.removeAll { $0.finished <= finished }
                return due
            }
            for continuation in resumed { continuation.resume() }
        }
    }

    /// Waits until at most `pending` of the writes submitted so far are not
    /// done, then throws the first write's failure, if one failed.
    func wait(untilPendingAtMost pending: Int = 0) async throws(StoreError) {
        precondition(pending >= 0, "a negative number of pending writes would never be reached")
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = progress.withLock { progress in
                let due = progress.submitted - pending
                guard progress.finished < due else { return true }
                progress.waiting.append((due, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
        if let failure = progress.withLock({ $0.failure }) { throw failure }
    }
}
