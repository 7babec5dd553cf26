import Aggregator
import ArgumentParser
import Foundation

/// The options every command that reads the configuration shares.
struct ConfigOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The configuration file (default: $AGGREGATOR_CONFIG, then Config/aggregator.toml).",
            valueName: "file"
        )
    )
    var config: String?

    var path: String {
        Configuration.resolvePath(config, environment: ProcessInfo.processInfo.environment)
    }

    func loadWorkspace() throws(ConfigurationError) -> Workspace {
        try Workspace.load(configPath: path, environment: ProcessInfo.processInfo.environment)
    }
}
