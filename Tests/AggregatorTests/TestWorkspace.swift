@testable import Aggregator
import FeedTestServer
import Foundation

/// A throwaway configuration folder whose subscriptions point at a local
/// feed server serving this target's fixtures.
final class TestWorkspace {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let folder: URL
    let server: FeedTestServer

    init() throws {
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("aggregator-test-\(UUID().uuidString)")
        let served = folder.appendingPathComponent("served")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        let fixtures = Self.packageRoot.appendingPathComponent("Tests/AggregatorTests/Fixtures")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: served.appendingPathComponent(name))
        }
        server = try FeedTestServer(root: served.path)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    var output: URL { folder.appendingPathComponent("public") }

    /// Writes the subscriptions (title and server path of each feed) and a
    /// configuration with the repository's seeds and `extraSettings`, and loads them.
    func load(feeds: [(title: String, path: String)], extraSettings: String = "") throws -> Workspace {
        let outlines = feeds.map { feed in
            "<outline type=\"rss\" text=\"\(feed.title)\" xmlUrl=\"\(server.url(feed.path).replacingOccurrences(of: "&", with: "&amp;"))\"/>"
        }
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>test</title></head><body>
            \(outlines.joined(separator: "\n"))
            </body></opml>
            """.write(to: folder.appendingPathComponent("feeds.opml"), atomically: true, encoding: .utf8)
        try """
            [paths]
            feeds = "feeds.opml"
            seeds = "\(Self.packageRoot.appendingPathComponent("seeds").path)"
            state = "state"
            output = "public"
            \(extraSettings)
            """.write(to: folder.appendingPathComponent("aggregator.toml"), atomically: true, encoding: .utf8)
        return try Workspace.load(configPath: folder.appendingPathComponent("aggregator.toml").path, environment: [:])
    }
}
