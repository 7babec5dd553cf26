import Aggregator
import ArgumentParser
import Foundation
import Logging
import SystemInterface

struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Runs one poll cycle: fetch the due feeds, group new items into stories, publish."
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Poll every feed, due or not (requests stay conditional; Retry-After and 410 are still honoured).")
    var force = false

    func run() async throws {
        GlibcAllocator.applyLimits(environment: ProcessInfo.processInfo.environment)
        let workspace = try options.loadWorkspace()
        LogSetup.bootstrap(level: LogSetup.level(named: workspace.configuration.logLevel))
        let logger = Logger(label: "aggregator.fetch")
        do {
            let summary = try await workspace.runCycle(force: force, logger: logger, progress: ProgressBar.forStandardError())
            if summary.feedsDue == 0 {
                let subscribed = workspace.subscriptions.subscriptions.count
                print("no feed is due (\(subscribed) subscribed): `aggregator feeds list` shows each next check; --force polls them now")
            } else {
                print(summary.line)
            }
            print("output: \(workspace.configuration.paths.output)/feed.atom")
        } catch {
            printError(error.description)
            throw ExitCode.stopped
        }
    }
}
