internal import FoundationEssentials

/// Locations computed from this file's path, never from the working directory.
enum TestPaths {
    /// `Tests/PublishingTests`.
    static let testsDirectory: String = {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(2)
        return components.joined(separator: "/")
    }()

    static func fixture(_ name: String) -> String {
        testsDirectory + "/Fixtures/" + name
    }

    /// `<package root>/../shared`, when it is there: data we may read but never copy.
    static var shared: String? {
        let path = testsDirectory + "/../../../shared"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Writes `contents` to a file named `name` in a fresh temporary folder, hands its path to
    /// `body` (for handing documents to tools), and removes the folder afterwards.
    static func withTemporaryFile<Result>(
        named name: String, contents: String, _ body: (String) throws -> Result
    ) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appending(path: "publishing-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: name)
        try Data(contents.utf8).write(to: file)
        return try body(file.path)
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
