@testable import Aggregator
import ExternalTool
import FeedTestServer
import Foundation
import Testing

/// `aggregator run` with `[serve] listen` on a free loopback port, asked over real HTTP.
@Suite(
    "Serve", .serialized,
    .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"),
    .enabled(if: DaemonProcess.isAvailable, "the aggregator binary is not built next to the test bundle")
)
struct ServeTests {
    /// A started daemon serving its output, with the workspace it runs on.
    struct Served {
        let test: TestWorkspace
        let daemon: DaemonProcess
        let client: ServeHTTPClient

        init() throws {
            test = try TestWorkspace()
            _ = try test.load(feeds: [("Test Wire", "/wire.xml"), ("Test Ledger", "/ledger.atom")])
            let port = try ServeHTTPClient.freePort()
            let config = try String(contentsOf: test.configFile, encoding: .utf8)
            try (config + "\n[serve]\nlisten = \"127.0.0.1:\(port)\"\n").write(to: test.configFile, atomically: true, encoding: .utf8)
            daemon = try DaemonProcess(["run", "--config", test.configFile.path], folder: test.folder)
            client = ServeHTTPClient(port: port)
        }

        /// Asks `target` until `accept` holds for the reply or 20 s pass.
        func poll(_ target: String, until accept: (ServeHTTPClient.Reply) -> Bool) async throws -> ServeHTTPClient.Reply? {
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                if let reply = client.send(target), accept(reply) { return reply }
                try await Task.sleep(for: .milliseconds(50))
            }
            return nil
        }

        func metric(_ name: String) -> Double? {
            guard let text = client.send("/metrics")?.text else { return nil }
            let line = text.split(separator: "\n").first { $0.hasPrefix(name + " ") }
            return line.flatMap { Double($0.split(separator: " ").last ?? "") }
        }
    }

    @Test func servesTheFeedWithItsTypeValidatorsAndConditionalAnswers() async throws {
        let served = try Served()
        try #require(try await served.poll("/readyz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")
        let client = served.client

        let feed = try #require(client.send("/feed.atom"))
        #expect(feed.status == 200)
        #expect(feed.header("content-type") == "application/atom+xml; charset=utf-8")
        #expect(feed.text.contains("<feed"))
        let tag = try #require(feed.header("etag"))
        #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""), "a strong entity tag: \(tag)")
        let modified = try #require(feed.header("last-modified"))
        #expect(modified.hasSuffix(" GMT"))

        let revalidated = try #require(client.send("/feed.atom", headers: ["If-None-Match": tag]))
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)
        #expect(revalidated.header("etag") == tag)
        #expect(client.send("/feed.atom", headers: ["If-Modified-Since": modified])?.status == 304)
        #expect(client.send("/feed.atom", headers: ["If-None-Match": "\"other\""])?.status == 200)

        let head = try #require(client.send("/feed.atom", method: "HEAD"))
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("content-length") == String(feed.body.count))
        #expect(head.header("etag") == tag)

        #expect(client.send("/feed.json")?.header("content-type") == "application/feed+json")
        #expect(client.send("/index.html")?.header("content-type") == "text/html; charset=utf-8")
        #expect(client.send("/")?.text == client.send("/index.html")?.text)
        #expect(client.send("/healthz")?.status == 200)
    }

    @Test(.enabled(if: ExternalTool.find("newsboat") != nil && ExternalTool.find("sqlite3") != nil, "newsboat or sqlite3 is not installed"))
    func newsboatSubscribedToTheBuiltInURLReadsOurStories() async throws {
        let newsboat = try #require(ExternalTool.find("newsboat"))
        let sqlite = try #require(ExternalTool.find("sqlite3"))
        let served = try Served()
        try #require(try await served.poll("/readyz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")
        let reader = try OutputReaderTests.Newsboat(
            tool: newsboat, sqlite: sqlite, subscribedTo: "http://127.0.0.1:\(served.client.port)/feed.atom",
            in: served.test.folder.appendingPathComponent("newsboat")
        )
        try reader.reload()
        let items = try reader.items()
        #expect(items.count == 2, "the two stories of the fixtures: \(items)")
        #expect(try reader.unread == "2 unread articles")
    }

    @Test func gzipsForReadersThatAskAndRevalidatesEitherTag() async throws {
        let served = try Served()
        try #require(try await served.poll("/readyz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")
        let plain = try #require(served.client.send("/feed.atom"))
        #expect(plain.header("content-encoding") == nil)

        let zipped = try #require(served.client.send("/feed.atom", headers: ["Accept-Encoding": "br, gzip;q=0.8"]))
        #expect(zipped.header("content-encoding") == "gzip")
        #expect(zipped.header("vary") == "Accept-Encoding")
        #expect(zipped.header("content-type") == "application/atom+xml; charset=utf-8")
        #expect(zipped.body.count < plain.body.count)
        #expect(try Self.gunzip(zipped.body) == plain.body)
        let tag = try #require(zipped.header("etag"))
        #expect(tag != plain.header("etag"), "each representation has its own strong tag")
        #expect(served.client.send("/feed.atom", headers: ["Accept-Encoding": "gzip", "If-None-Match": tag])?.status == 304)
        #expect(served.client.send("/feed.atom", headers: ["Accept-Encoding": "gzip;q=0"])?.header("content-encoding") == nil)
    }

    /// Decompressed by gzip(1), so the check does not share the server's zlib code.
    static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-gunzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("body.gz")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-d", file.path]
        try process.run()
        process.waitUntilExit()
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent("body")))
    }

    @Test func reachesNothingOutsideTheOutputFolder() async throws {
        let served = try Served()
        try #require(try await served.poll("/readyz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")
        try FileManager.default.createSymbolicLink(
            atPath: served.test.output.appendingPathComponent("escape.atom").path, withDestinationPath: served.test.configFile.path
        )
        try FileManager.default.createDirectory(at: served.test.folder.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try "secret".write(to: served.test.folder.appendingPathComponent("outside/secret.html"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: served.test.output.appendingPathComponent("linked").path,
            withDestinationPath: served.test.folder.appendingPathComponent("outside").path
        )
        let attempts = [
            "/../aggregator.toml", "/%2e%2e/aggregator.toml", "/%2E%2E%2Faggregator.toml", "/.%2e/aggregator.toml",
            "/x/..%2f..%2faggregator.toml", "//etc/passwd", "/%2fetc%2fpasswd", "\(served.test.configFile.path)",
            "/escape.atom", "/linked/secret.html", "/feed.atom%00.html", "/%zz",
        ]
        for attempt in attempts {
            let reply = try #require(served.client.send(attempt), "no reply to \(attempt)")
            #expect(reply.status == 404, "\(attempt) gave \(reply.status): \(reply.text.prefix(80))")
            #expect(!reply.text.contains("[paths]") && !reply.text.contains("secret"), "\(attempt)")
        }
        #expect(served.client.send("/feed.atom")?.status == 200, "the folder itself stays served")
    }

    @Test func readinessTurnsUnavailableWhenTheStoreCannotBeRead() async throws {
        let served = try Served()
        try #require(try await served.poll("/readyz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")

        // The daemon keeps its open database; a file where the state folder was
        // is what a lost or unmounted volume looks like to anyone opening it anew.
        let state = served.test.folder.appendingPathComponent("state")
        try FileManager.default.moveItem(at: state, to: served.test.folder.appendingPathComponent("state-moved"))
        try Data("not a folder".utf8).write(to: state)
        let unready = try #require(served.client.send("/readyz"))
        #expect(unready.status == 503)
        #expect(unready.text.contains("state"), "the answer says why: \(unready.text)")
        #expect(served.client.send("/healthz")?.status == 200, "the process still lives")
    }

    /// A second daemon on an address the first holds stops at once, saying why:
    /// it used to keep running without its server, its scheduler spinning.
    @Test func anAddressInUseStopsTheDaemonWithOneClearSentence() async throws {
        let served = try Served()
        try #require(try await served.poll("/healthz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")
        let other = try TestWorkspace()
        _ = try other.load(feeds: [("Test Wire", "/wire.xml")])
        let listen = "127.0.0.1:\(served.client.port)"
        let config = try String(contentsOf: other.configFile, encoding: .utf8)
        try (config + "\n[serve]\nlisten = \"\(listen)\"\n").write(to: other.configFile, atomically: true, encoding: .utf8)

        let second = try DaemonProcess(["run", "--config", other.configFile.path], folder: other.folder)
        #expect(await second.exitStatus(within: .seconds(10)) == 1, "\(second.standardError)")
        #expect(
            second.standardError.contains("cannot listen for HTTP: Address already in use ([serve] listen = \"\(listen)\")"),
            "\(second.standardError)"
        )
        #expect(served.client.send("/healthz")?.status == 200, "the first daemon serves on")
    }

    @Test func metricsMoveAfterACycle() async throws {
        let served = try Served()
        try #require(try await served.poll("/readyz") { $0.status == 200 } != nil, "\(served.daemon.standardError)")
        #expect(served.metric("aggregator_cycles_total") == 1)
        #expect(served.metric("aggregator_feeds_fetched_total") == 2)
        #expect(served.metric("aggregator_feeds{state=\"ok\"}") == 2)
        #expect(served.metric("aggregator_cycle_duration_seconds_count") == 1)
        #expect(try #require(served.metric("aggregator_items_new_total")) > 0)
        #expect(try #require(served.metric("aggregator_fetched_bytes_total")) > 0, "the first cycle fetched the feeds' bodies")
        #expect(try #require(served.metric("aggregator_stories_published")) > 0)

        // A reload runs a cycle at once; no feed is due again yet, so it fetches nothing.
        served.daemon.send(SIGHUP)
        #expect(try await served.poll("/metrics") { $0.text.contains("aggregator_cycles_total 2") } != nil, "\(served.daemon.standardError)")
        #expect(served.metric("aggregator_cycle_duration_seconds_count") == 2)
        #expect(served.metric("aggregator_feeds_fetched_total") == 2)
        #expect(served.metric("aggregator_not_modified_ratio") == 0)
        #expect(served.metric("aggregator_feeds{state=\"ok\"}") == 2)
    }
}
