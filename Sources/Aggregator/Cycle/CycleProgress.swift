/// Receives a cycle's progress, for a progress bar or a daemon's watchdog.
public protocol CycleProgress: AnyObject {
    func started(total: Int)
    func advanced(feed: String)
    func finished()
    /// Another process holds the cycle lock; the cycle waits for it.
    func waitingForLock()
}

extension CycleProgress {
    public func waitingForLock() {}
}
