import Foundation

/// An outside program the output checks hand our files to (xmllint, feedparser,
/// newsboat, sqlite3, Chromium). A test whose tool is missing prints a note and
/// returns instead of failing, so CI without the package still runs the rest.
struct OutputTool {
    let path: String

    struct Result {
        var status: Int32
        var output: String
    }

    static func find(_ name: String) -> OutputTool? {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? OutputTool(path: name) : nil }
        let searchPath = ProcessInfo.processInfo.environment["PATH", default: "/usr/bin:/bin"]
        return searchPath.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(OutputTool.init(path:))
    }

    /// Debian's python3-feedparser belongs to /usr/bin/python3, which need not be
    /// the first python3 on PATH; take whichever can import it.
    static func pythonWithFeedparser() throws -> OutputTool? {
        for candidate in ["/usr/bin/python3", "python3"] {
            if let python = find(candidate), try python.run(["-c", "import feedparser"]).status == 0 {
                return python
            }
        }
        return nil
    }

    static func skipped(_ check: String, because reason: String) {
        print("note: \(check) skipped: \(reason)")
    }

    /// Runs to completion with stdout and stderr captured together; stdin is empty.
    func run(_ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil) throws -> Result {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("output-tool-\(UUID().uuidString).txt")
        guard FileManager.default.createFile(atPath: capture.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? FileManager.default.removeItem(at: capture) }
        let handle = try FileHandle(forWritingTo: capture)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = try String(contentsOf: capture, encoding: .utf8)
        return Result(status: process.terminationStatus, output: output)
    }
}
