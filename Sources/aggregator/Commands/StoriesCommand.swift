import Aggregator
import ArgumentParser

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Shows the current stories: members, sources and why they were grouped."
    )

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "How many stories, newest first.")
    var limit = 100

    func run() throws {
        let workspace = try options.loadWorkspace()
        do {
            let listing = try StoryListing(workspace: workspace, limit: limit)
            print(json ? listing.json : listing.text)
        } catch {
            printError(error.description)
            throw ExitCode.stopped
        }
    }
}
