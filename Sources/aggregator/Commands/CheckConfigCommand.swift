import Aggregator
import ArgumentParser

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Validates the configuration, the subscriptions and the seeds; says what is wrong and where."
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let workspace = try options.loadWorkspace()
        let paths = workspace.configuration.paths
        print("\(options.path): ok")
        print("subscriptions: \(paths.feeds): \(workspace.subscriptions.subscriptions.count) feeds")
        print("seeds: \(paths.seeds): \(workspace.seeds.count) seed stories")
        print("state: \(paths.state)")
        print("output: \(paths.output)")
    }
}
