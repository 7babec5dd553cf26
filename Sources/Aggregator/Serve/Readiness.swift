import Store
import Timestamps

/// `/readyz`: the store opens and answers, a cycle has completed, and no feed
/// has been left overdue.
struct Readiness: Sendable {
    /// A cycle runs whenever a feed falls due, and `[fetch] interval` is the
    /// schedule's usual step: a feed still due after three of them means the
    /// daemon is stuck or its cycles fail, not merely busy.
    static let missedIntervals = 3

    let stateDirectory: String
    let intervalSeconds: Int
    let metrics: CycleMetrics
    var now: @Sendable () -> Timestamp = { Timestamp.now }

    /// Nil when ready, or why not, in one sentence for the response body.
    ///
    /// How long ago the last cycle ran says nothing by itself: feeds that
    /// publish daily are checked daily, and no cycle runs in between.
    func problem() -> String? {
        let feeds: [FeedRecord]
        do {
            feeds = try FeedStore(directory: stateDirectory).feeds()
        } catch {
            return "the store in \(stateDirectory) cannot be read: \(error)"
        }
        guard metrics.sinceLastCompletion != nil else { return "no cycle has completed yet" }
        guard let due = DaemonStatus.nextPoll(of: feeds) else { return nil }
        let overdue = now().secondsSince1970 - due.secondsSince1970
        let limit = Int64(Self.missedIntervals * intervalSeconds)
        guard overdue <= limit else {
            return "a feed has been due since \(due.rfc3339), more than \(limit) seconds (three intervals) ago"
        }
        return nil
    }
}
