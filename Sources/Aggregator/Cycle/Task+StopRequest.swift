import ServiceLifecycle

extension Task where Success == Never, Failure == Never {
    /// Whether the running cycle should stop taking on work: its task was
    /// cancelled, or the daemon it runs in is shutting down gracefully.
    static var isStopRequested: Bool {
        Task.isCancelled || Task.isShuttingDownGracefully
    }
}
