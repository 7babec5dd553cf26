import FeedTestServer
import Foundation

/// The fetcher tests' server: Fixtures/ served once per test process.
enum TestFeedServer {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var isAvailable: Bool { FeedTestServer.isAvailable }

    /// Nil when python3 is missing or the server did not start.
    static let shared: FeedTestServer? = try? FeedTestServer(root: fixtures.path)
}
