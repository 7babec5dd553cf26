import Logging
import ServiceLifecycle
import SystemInterface
import UnixSignals

/// Reloads the configuration, subscriptions and seeds on SIGHUP. A workspace
/// that loads is handed to the scheduler, which switches to it between
/// cycles; one that does not is refused, and the running one stays.
struct ReloadService: Service {
    /// Trapped before the daemon says READY=1: SIGHUP's default action ends the process.
    let hangups: UnixSignalsSequence
    let configPath: String
    let environment: [String: String]
    let inbox: DaemonInbox
    let notifier: SystemdNotifier?
    let logger: Logger

    func run() async {
        for await _ in hangups.cancelOnGracefulShutdown() {
            notifier?.send(.reloading(monotonicMicroseconds: MonotonicClock.microseconds))
            logger.info("reloading the configuration", metadata: ["config.file": "\(configPath)"])
            do {
                inbox.post(try Workspace.load(configPath: configPath, environment: environment))
            } catch {
                Self.reportRefusal(error, logger: logger, notifier: notifier)
            }
        }
    }

    /// A configuration that does not load here, or whose store or fetcher the
    /// scheduler cannot open, changes nothing; the log and systemd's status say why.
    static func reportRefusal(_ error: any Error, logger: Logger, notifier: SystemdNotifier?) {
        logger.error("configuration reload refused; the running configuration stays", metadata: ["error": "\(error)"])
        notifier?.send(.ready(status: "reload refused, the previous configuration keeps running: \(error)"))
    }
}
