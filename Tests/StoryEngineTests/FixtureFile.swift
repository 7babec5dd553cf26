import Foundation

/// Reads small files that live next to the tests, located from this source file.
enum FixtureFile {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// `<package root>/seeds`, the corpus the daemon ships with.
    static let seedsFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name), encoding: .utf8)
    }

    static func shippedSeeds() throws -> [(name: String, contents: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).filter { $0.hasSuffix(".txt") }
        return try names.sorted().map { name in
            (name, try String(contentsOf: seedsFolder.appendingPathComponent(name), encoding: .utf8))
        }
    }
}
