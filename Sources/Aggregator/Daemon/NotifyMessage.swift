import Foundation

/// One message of the systemd notify protocol: its `KEY=value` assignments,
/// sent together in one datagram.
public struct NotifyMessage: Sendable, Equatable {
    public var assignments: [String]

    public init(_ assignments: [String]) {
        self.assignments = assignments
    }

    /// The datagram's text: one assignment per line. A line break inside a
    /// value would start a new assignment, so it becomes a space.
    public var text: String {
        assignments.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
    }

    public static func ready(status: String) -> NotifyMessage {
        NotifyMessage(["READY=1", "STATUS=" + status])
    }

    public static func status(_ status: String) -> NotifyMessage {
        NotifyMessage(["STATUS=" + status])
    }

    public static let watchdog = NotifyMessage(["WATCHDOG=1"])

    public static let stopping = NotifyMessage(["STOPPING=1", "STATUS=stopping"])

    /// systemd needs the moment of the reload on CLOCK_MONOTONIC to tell this
    /// reload's READY=1 from an earlier one's.
    public static func reloading(monotonicMicroseconds: UInt64) -> NotifyMessage {
        NotifyMessage(["RELOADING=1", "MONOTONIC_USEC=\(monotonicMicroseconds)", "STATUS=reloading the configuration"])
    }
}
