import Aggregator
import ArgumentParser
import Foundation
import Logging

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Runs as a daemon: polls each feed when it is due until SIGTERM; SIGHUP reloads the configuration, subscriptions and seeds.",
        discussion: """
            Each poll is the cycle `aggregator fetch` runs. Under systemd (Type=notify) the daemon reports \
            READY, STATUS, WATCHDOG, RELOADING and STOPPING on $NOTIFY_SOCKET; see systemd/aggregator.service.
            """
    )

    @OptionGroup var options: ConfigOptions

    func run() async throws {
        let workspace = try options.loadWorkspace()
        let environment = ProcessInfo.processInfo.environment
        LogSetup.bootstrap(level: LogSetup.level(named: workspace.configuration.logLevel), environment: environment)
        do {
            try await Daemon(workspace: workspace, environment: environment, logger: Logger(label: "aggregator.run")).run()
        } catch {
            printError("\(error)")
            throw ExitCode.stopped
        }
    }
}
