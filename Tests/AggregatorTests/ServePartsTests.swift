import HTTPCompression
@testable import Aggregator
import Foundation
import Store
import Synchronization
import Testing
import Timestamps

/// The HTTP server's pure parts: paths, addresses, dates, encodings, feed states.
@Suite("Serve parts")
struct ServePartsTests {
    @Test(arguments: [
        ("/feed.atom", "feed.atom"), ("/", "index.html"), ("/archive/", "archive/index.html"),
        ("/stories/a%20b.html", "stories/a b.html"),
    ])
    func requestPathsBelowTheFolder(request: String, relative: String) {
        #expect(OutputFolder.relativePath(request) == relative)
    }

    @Test(arguments: [
        "/../x", "/%2e%2e/x", "/%2E%2E", "/a/%2e%2e%2f%2e%2e/x", "/./feed.atom", "//etc/passwd", "/%2fetc/passwd",
        "/a%00b", "/%zz", "/%2", "feed.atom", "/a//b",
    ])
    func requestPathsThatLeaveOrBendTheFolderAreRefused(request: String) {
        #expect(OutputFolder.relativePath(request) == nil)
    }

    @Test func listenAddresses() throws {
        #expect(try ListenAddress("127.0.0.1:8080") == ListenAddress("127.0.0.1:8080"))
        let v6 = try ListenAddress("[::1]:9000")
        #expect(v6.host == "::1" && v6.port == 9000)
        for bad in ["127.0.0.1", ":8080", "host:0", "host:70000", "host:http"] {
            #expect(throws: ServeError.self, "\(bad)") { try ListenAddress(bad) }
        }
    }

    @Test func gzipIsUsedOnlyWhenAccepted() throws {
        #expect(Gzip.isAccepted(by: "gzip"))
        #expect(Gzip.isAccepted(by: "deflate, GZIP;q=0.5"))
        #expect(Gzip.isAccepted(by: "*"))
        #expect(!Gzip.isAccepted(by: nil))
        #expect(!Gzip.isAccepted(by: "br, deflate"))
        #expect(!Gzip.isAccepted(by: "gzip;q=0"))
        #expect(!Gzip.isAccepted(by: "gzip; q=0.000"))
        let text = Array(String(repeating: "<entry>same story</entry>", count: 100).utf8)
        let zipped = try #require(Gzip.compress(text))
        #expect(zipped.starts(with: [0x1f, 0x8b]), "a gzip member, not a raw zlib stream")
        #expect(zipped.count < text.count / 10)
    }

    @Test func feedStatesForMetrics() {
        let base = FeedRecord(id: 1, url: "https://example.org/feed", subscribedURL: "https://example.org/feed", title: "Example")
        var feed = base
        #expect(feed.serveState == "unchecked")
        feed.lastStatus = 200
        #expect(feed.serveState == "ok")
        feed.lastStatus = 304
        #expect(feed.serveState == "not_modified")
        feed.lastStatus = 500
        feed.lastError = "server error"
        #expect(feed.serveState == "failing")
        #expect(feed.fetchErrorKind == "http_5xx")
        feed.lastStatus = 429
        #expect(feed.serveState == "rate_limited")
        feed.lastStatus = nil
        #expect(feed.fetchErrorKind == "network")
        feed.isGone = true
        #expect(feed.serveState == "gone")
        #expect(feed.fetchErrorKind == nil)
    }

    @Test func readinessNeedsACycleAndNoFeedLeftOverdue() throws {
        let metrics = CycleMetrics()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("serve-readiness-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let store = try FeedStore(directory: state)
        var feed = try #require(try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")]).first)
        let start = Timestamp(secondsSince1970: 1_715_000_000)
        feed.nextCheck = start.adding(seconds: 86_400)
        try store.save([feed], adding: [])
        let clock = Mutex(start)
        var readiness = Readiness(stateDirectory: state, intervalSeconds: 60, metrics: metrics)
        readiness.now = { clock.withLock { $0 } }
        #expect(readiness.problem() == "no cycle has completed yet")
        metrics.recordCycle(CycleSummary(), duration: .seconds(1), feeds: [], storiesPublished: 0)
        #expect(readiness.problem() == nil)
        // A daily feed: no cycle for most of a day is what a healthy daemon does.
        clock.withLock { $0 = start.adding(seconds: 86_400 + 180) }
        #expect(readiness.problem() == nil, "due three intervals ago is still within the limit")
        clock.withLock { $0 = start.adding(seconds: 86_400 + 181) }
        #expect(readiness.problem()?.hasPrefix("a feed has been due since") == true)
    }
}
