import Aggregator
import ArgumentParser
import Foundation

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parses one feed (a file or an http(s) URL) and prints it normalised."
    )

    @Argument(help: ArgumentHelp("A feed file, or an http or https URL.", valueName: "file-or-url"))
    var source: String

    @Flag(help: "Print the JSON shape of CONTRACT.md instead of a readable listing.")
    var json = false

    func run() async throws {
        let inspection: FeedInspection
        do {
            inspection = try await FeedInspection.load(source)
        } catch {
            printError(error.description)
            throw ExitCode.stopped
        }
        print(json ? inspection.json : inspection.listing)
    }
}
