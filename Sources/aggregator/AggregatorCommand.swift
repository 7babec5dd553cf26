import Aggregator
import ArgumentParser
import Foundation

@main
struct AggregatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregator",
        abstract: "Follows news feeds, groups reports of the same event into stories, and publishes one Atom feed.",
        version: AggregatorVersion.current,
        subcommands: [
            FetchCommand.self, ParseCommand.self, DedupCommand.self, FeedsCommand.self, StoriesCommand.self,
            CheckConfigCommand.self, RunCommand.self,
        ]
    )

    /// Runs the command with the exit statuses CONTRACT.md promises: 2 for
    /// bad usage or configuration (ArgumentParser's own default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ConfigurationError {
            printError(error.description)
            Self.exit(withError: ExitCode.usageOrConfiguration)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Self.exit(withError: ExitCode.usageOrConfiguration)
            }
            exit(withError: error)
        }
    }
}

extension ExitCode {
    static let usageOrConfiguration = ExitCode(2)
    static let stopped = ExitCode(1)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("aggregator: " + message + "\n").utf8))
}
