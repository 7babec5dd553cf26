import Foundation
public import Logging
import Synchronization
import SystemInterface
import Timestamps

/// One line per event on standard error. Under systemd (`$JOURNAL_STREAM`
/// names our standard error) each line starts with its syslog priority,
/// `<6>`, which journald turns into the entry's priority, and carries no time
/// of its own, since the journal records one.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let toJournal: Bool
    private let write: @Sendable (String) -> Void
    private let sharedLevel: SharedLogLevel
    /// Set when one logger asks for its own level; it then no longer follows reloads.
    private var ownLevel: Logger.Level?

    public init(
        label: String, level: SharedLogLevel, toJournal: Bool,
        write: @escaping @Sendable (String) -> Void = JournalLogHandler.writeToStandardError
    ) {
        self.label = label
        sharedLevel = level
        self.toJournal = toJournal
        self.write = write
    }

    public var logLevel: Logger.Level {
        get { ownLevel ?? sharedLevel.value }
        set { ownLevel = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        write(line(level: event.level, message: event.message.description, metadata: merged, time: .now) + "\n")
    }

    /// The line for one event, without its line break.
    func line(level: Logger.Level, message: String, metadata: Logger.Metadata, time: Timestamp) -> String {
        let fields = metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted("\($0.value)"))" }
        let text = ([Self.flattened(message)] + fields).joined(separator: " ")
        if toJournal {
            return "<\(Self.syslogPriority(of: level))>\(label): \(text)"
        }
        return "\(time.rfc3339) \(level) \(label): \(text)"
    }

    /// syslog(3) priorities: swift-log's levels map onto them one to one but
    /// for trace, which syslog has no name for.
    static func syslogPriority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Whether `$JOURNAL_STREAM` ("device:inode") names the file standard
    /// error is open on: it may be inherited by a process whose standard
    /// error was redirected elsewhere since.
    public static func standardErrorIsJournal(environment: [String: String]) -> Bool {
        guard let file = StandardError.fileIdentity else { return false }
        return isJournal(stream: environment["JOURNAL_STREAM"], device: file.device, inode: file.inode)
    }

    static func isJournal(stream: String?, device: UInt64, inode: UInt64) -> Bool {
        guard let parts = stream?.split(separator: ":"), parts.count == 2 else { return false }
        return UInt64(parts[0]) == device && UInt64(parts[1]) == inode
    }

    /// A line break would split one event over several journal entries.
    private static func flattened(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func quoted(_ value: String) -> String {
        let flat = flattened(value)
        guard flat.isEmpty || flat.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) else { return flat }
        return "\"" + flat.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let standardErrorLock = Mutex(())

    /// One write(2) per line, under a lock, so lines of concurrent tasks never interleave.
    public static let writeToStandardError: @Sendable (String) -> Void = { line in
        standardErrorLock.withLock { _ in StandardError.write(line) }
    }
}
