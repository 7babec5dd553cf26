import Synchronization

/// What the other services hand the scheduler: a reloaded workspace to switch
/// to between cycles, or the request to stop; and the scheduler's wait for the
/// next due poll, which either of them cuts short.
final class DaemonInbox: Sendable {
    private struct State {
        var reload: Workspace?
        var isStopping = false
        var waiter: CheckedContinuation<Void, Never>?

        var hasNews: Bool { reload != nil || isStopping }
    }

    private let state = Mutex(State())

    /// Replaces any reload not yet taken: only the newest configuration matters.
    func post(_ workspace: Workspace) {
        wake { $0.reload = workspace }
    }

    func stop() {
        wake { $0.isStopping = true }
    }

    var isStopping: Bool {
        state.withLock { $0.isStopping }
    }

    func takeReload() -> Workspace? {
        state.withLock { state in
            defer { state.reload = nil }
            return state.reload
        }
    }

    /// Returns at `deadline`, or earlier when a reload or a stop arrives (at
    /// once if one is waiting already).
    func wait(until deadline: ContinuousClock.Instant) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(until: deadline, clock: .continuous) }
            group.addTask { await self.waitForNews() }
            await group.next()
            group.cancelAll()
        }
    }

    private func waitForNews() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                // Checked under the lock the cancellation handler takes too, so
                // a cancellation either sees this waiter or is seen here.
                let resumeNow = state.withLock { state in
                    guard !state.hasNews, !Task.isCancelled else { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }

    private func wake(_ change: (inout State) -> Void) {
        let waiter = state.withLock { state in
            change(&state)
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }
}
