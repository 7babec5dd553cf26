import Aggregator
import ArgumentParser
import Foundation

struct DedupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Groups a stream of items into stories and prints one {\"id\",\"cluster\"} JSON line per item."
    )

    @Argument(help: ArgumentHelp("JSON lines with id, title, text, url, source, published (- for standard input).", valueName: "items.jsonl"))
    var items: String

    @OptionGroup var options: ConfigOptions

    @Flag(help: "Do not load the seed stories.")
    var noSeeds = false

    func run() throws {
        let seeds = noSeeds ? [] : try options.loadWorkspace().seeds
        let data: Data?
        if items == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: items)
        }
        guard let data else {
            printError("cannot read \(items)")
            throw ExitCode.usageOrConfiguration
        }
        do {
            try DedupRun(seeds: seeds).run(
                lines: String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false),
                file: items
            ) { print($0) }
        } catch {
            printError(error.description)
            throw ExitCode.usageOrConfiguration
        }
    }
}
