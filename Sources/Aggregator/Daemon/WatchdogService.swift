import Foundation
import Logging
import ServiceLifecycle

/// Sends WATCHDOG=1 twice per `$WATCHDOG_USEC`, but only while the daemon
/// makes progress: a cycle stuck without finishing a feed for a whole
/// interval stops the pings, and systemd restarts the daemon.
struct WatchdogService: Service {
    let interval: Duration
    let monitor: CycleMonitor
    let notifier: SystemdNotifier
    let logger: Logger

    /// The interval systemd asks for, or nil when it asks for none or asks
    /// another process (`$WATCHDOG_PID`).
    static func interval(environment: [String: String], processID: Int32 = ProcessInfo.processInfo.processIdentifier) throws(DaemonError) -> Duration? {
        guard let text = environment["WATCHDOG_USEC"], !text.isEmpty else { return nil }
        if let pid = environment["WATCHDOG_PID"], !pid.isEmpty, Int32(pid) != processID { return nil }
        guard let microseconds = Int64(text), microseconds > 0 else {
            throw DaemonError(code: .watchdog, message: "WATCHDOG_USEC=\(text) is not a positive number of microseconds")
        }
        return .microseconds(microseconds)
    }

    func run() async {
        try? await cancelWhenGracefulShutdown { [interval, monitor, notifier, logger] in
            var withheld = false
            while true {
                try await Task.sleep(for: interval / 2)
                if monitor.isMakingProgress(within: interval) {
                    notifier.send(.watchdog)
                    if withheld { logger.notice("the cycle makes progress again; watchdog pings resume") }
                    withheld = false
                } else if !withheld {
                    logger.warning("no cycle progress for a whole watchdog interval; withholding the watchdog ping")
                    withheld = true
                }
            }
        }
    }
}
