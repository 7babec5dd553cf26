import Foundation
public import Logging

/// Logging for every command: one line per event on standard error.
public enum LogSetup {
    public static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    public static func level(named name: String) -> Logger.Level {
        Logger.Level(rawValue: name) ?? .info
    }
}
