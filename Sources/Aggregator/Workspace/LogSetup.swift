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
        LoggingSystem.bootstrap { label in
            JournalLogHandler(label: label, level: level, toJournal: toJournal)
        }
    }

    public static func level(named name: String) -> Logger.Level {
        Logger.Level(rawValue: name) ?? .info
    }
}
