import Synchronization

/// Watches the daemon's cycles for the watchdog: the daemon is healthy while
/// it waits between cycles or for another process's cycle, and while a
/// running cycle keeps finishing feeds. A cycle that finishes nothing for a
/// whole watchdog interval is stuck, and systemd should restart the daemon.
final class CycleMonitor: CycleProgress, Sendable {
    private enum Phase {
        case idle
        case waitingForLock
        case cycling(lastProgress: ContinuousClock.Instant)
    }

    private let phase = Mutex(Phase.idle)
    private let now: @Sendable () -> ContinuousClock.Instant

    init(now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.now = now
    }

    func cycleStarting() {
        markProgress()
    }

    func cycleEnded() {
        phase.withLock { $0 = .idle }
    }

    func started(total: Int) {
        markProgress()
    }

    func advanced(feed: String) {
        markProgress()
    }

    func finished() {
        markProgress()
    }

    func waitingForLock() {
        phase.withLock { $0 = .waitingForLock }
    }

    /// Whether the daemon made progress within the last `window`.
    func isMakingProgress(within window: Duration) -> Bool {
        let instant = now()
        return phase.withLock { phase in
            switch phase {
            case .idle, .waitingForLock: true
            case .cycling(let lastProgress): instant - lastProgress < window
            }
        }
    }

    private func markProgress() {
        let instant = now()
        phase.withLock { $0 = .cycling(lastProgress: instant) }
    }
}
