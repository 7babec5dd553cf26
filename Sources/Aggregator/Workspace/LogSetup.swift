import Foundation
public import Logging

/// Logging for every command: one line per event on standard error, with
/// syslog priorities when that goes to the journal.
public enum LogSetup {
    public static func bootstrap(level: Logger.Level) {
        bootstrap(level: level, environment: ProcessInfo.processInfo.environment)
    }

    public static func bootstrap(level: Logger.Level, environment: [String: String]) {
        let toJournal = JournalLogHandler.standardErrorIsJournal(environment: environment)
        sharedLevel.value = level
        LoggingSystem.bootstrap { label in
            JournalLogHandler(label: label, level: sharedLevel, toJournal: toJournal)
        }
    }

    /// Changes the level of every logger made through ``bootstrap(level:environment:)``.
    public static func change(level: Logger.Level) {
        sharedLevel.value = level
    }

    private static let sharedLevel = SharedLogLevel(.info)

    public static func level(named name: String) -> Logger.Level {
        Logger.Level(rawValue: name) ?? .info
    }
}
