public import Logging
import ServiceLifecycle
import SystemInterface
import UnixSignals

/// `aggregator run`: the scheduler, the watchdog and the reload handler as
/// one ServiceLifecycle group, until SIGTERM or SIGINT.
public struct Daemon: Sendable {
    private let workspace: Workspace
    private let environment: [String: String]
    private let logger: Logger

    public init(workspace: Workspace, environment: [String: String], logger: Logger) {
        self.workspace = workspace
        self.environment = environment
        self.logger = logger
    }

    /// Returns after a graceful stop; throws when the store cannot be opened
    /// or systemd's environment is unusable.
    public func run() async throws {
        GlibcAllocator.applyLimits(environment: environment)
        let notifier = try SystemdNotifier(environment: environment)
        let watchdogInterval = try WatchdogService.interval(environment: environment)
        let inbox = DaemonInbox()
        let monitor = CycleMonitor()
        var services: [any Service] = [
            ReloadService(
                hangups: await UnixSignalsSequence(trapping: .sighup),
                configPath: workspace.configuration.paths.configFile, environment: environment,
                inbox: inbox, notifier: notifier, logger: logger
            ),
        ]
        let metrics = CycleMetrics()
        if !workspace.configuration.serve.listen.isEmpty {
            services.append(try OutputServer(workspace: workspace, metrics: metrics, logger: logger))
        }
        if let watchdogInterval, let notifier {
            services.append(WatchdogService(interval: watchdogInterval, monitor: monitor, notifier: notifier, logger: logger))
        }
        // Last, because a group stops its services in reverse order: the
        // scheduler is told first, while it may be mid-cycle.
        services.append(SchedulerService(workspace: workspace, inbox: inbox, notifier: notifier, monitor: monitor, logger: logger, metrics: metrics))
        var configuration = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger
        )
        // systemd's default stop timeout is far longer; the issue asks for a stop within 5 s.
        configuration.maximumGracefulShutdownDuration = .seconds(4)
        try await ServiceGroup(configuration: configuration).run()
    }
}
