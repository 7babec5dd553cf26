import Aggregator
import ArgumentParser

struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Shows and edits the subscriptions.",
        subcommands: [List.self, Import.self, Export.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the subscriptions with each feed's state: last status, error, next check."
        )

        @OptionGroup var options: ConfigOptions

        func run() throws {
            let workspace = try options.loadWorkspace()
            do {
                print(try FeedStatusList(workspace: workspace).text)
            } catch {
                printError(error.description)
                throw ExitCode.stopped
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Adds the feeds of an OPML file to the subscriptions (feeds already subscribed are skipped)."
        )

        @Argument(help: ArgumentHelp("The OPML file to import.", valueName: "file.opml"))
        var file: String

        @OptionGroup var options: ConfigOptions

        func run() throws {
            let workspace = try options.loadWorkspace()
            let result = try workspace.subscriptions.importing(from: file)
            print("imported \(result.added) new feeds into \(workspace.subscriptions.path); \(result.list.subscriptions.count) subscribed")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Prints the subscriptions as OPML 2.0.")

        @OptionGroup var options: ConfigOptions

        func run() throws {
            print(try options.loadWorkspace().subscriptions.opml)
        }
    }
}
