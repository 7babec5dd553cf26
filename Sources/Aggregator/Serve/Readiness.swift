import Store

/// `/readyz`: the store opens and answers, and a cycle completed recently.
struct Readiness: Sendable {
    /// Cycles run at least once per `[fetch] interval`; three missed in a row
    /// mean the daemon is stuck or failing, not merely busy.
    static let missedIntervals = 3

    let stateDirectory: String
    let intervalSeconds: Int
    let metrics: CycleMetrics

    /// Nil when ready, or why not, in one sentence for the response body.
    func problem() -> String? {
        do {
            _ = try FeedStore(directory: stateDirectory).storyCount()
        } catch {
            return "the store in \(stateDirectory) cannot be read: \(error)"
        }
        guard let since = metrics.sinceLastCompletion else { return "no cycle has completed yet" }
        let limit = Duration.seconds(Self.missedIntervals * intervalSeconds)
        guard since <= limit else { return "the last cycle completed \(since) ago, more than \(limit)" }
        return nil
    }
}
