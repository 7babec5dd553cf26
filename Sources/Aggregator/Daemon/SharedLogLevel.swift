public import Logging
import Synchronization

/// A log level read by every handler at every event, so that a reload
/// (SIGHUP) changes it for loggers made long before.
public final class SharedLogLevel: Sendable {
    private let level: Mutex<Logger.Level>

    public init(_ level: Logger.Level) {
        self.level = Mutex(level)
    }

    public var value: Logger.Level {
        get { level.withLock { $0 } }
        set { level.withLock { $0 = newValue } }
    }
}
