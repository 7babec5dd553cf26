@testable import Aggregator
import ExternalTool
import FeedParsing
import FeedTestServer
import Foundation
import Testing

/// `feed.atom` and its archive pages from a real cycle, hostile feed included, as
/// strict outside tools see them: RELAX NG validation against RFC 4287's schema
/// (`xmllint`, Debian package `libxml2-utils`) and Python's feedparser
/// (`python3-feedparser`). Each check skips with a note when its tool is missing.
@Suite("Output validation", .serialized, .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct OutputValidationTests {
    static let schema = TestWorkspace.packageRoot.appendingPathComponent("Tests/PublishingTests/Fixtures/atom.rng").path

    /// Every Atom document of a cycle over the fixtures, the hostile feed and a desk
    /// of invented stories, published with a base URL and pages of five.
    static func publishedDocuments() async throws -> (bench: OutputTestBench, paths: [String]) {
        let bench = try OutputTestBench(
            feeds: [
                ("Test Wire", "/wire.xml"), ("Test Ledger", "/ledger.atom"), ("Hostile Test", "/output-hostile.rss"),
                ("Desk", "/desk.atom"),
            ],
            settings: "[output]\nmax_entries = 5\nbase_url = \"https://news.example.org\""
        )
        try bench.serve((1...6).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        let paths = try OutputArchiveTests.walk(bench).map(\.path)
        return (bench, paths)
    }

    @Test(.enabled(if: ExternalTool.find("xmllint") != nil, "xmllint (libxml2-utils) is not installed"))
    func everyDocumentValidatesAgainstRFC4287() async throws {
        let xmllint = try #require(ExternalTool.find("xmllint"))
        let (bench, paths) = try await Self.publishedDocuments()
        #expect(paths.count >= 4, "feed.atom and archive pages: \(paths)")
        for path in paths {
            let file = bench.output.appendingPathComponent(path).path
            let result = try xmllint.run(["--noout", "--relaxng", Self.schema, file])
            #expect(result.status == 0, "\(path): \(result.output)")
            #expect(result.output.contains("validates"), "\(path): \(result.output)")
        }
    }

    struct FeedparserView: Decodable {
        var bozo: Bool
        var problem: String
        var version: String
        var ids: [String]
        var links: [String]
    }

    @Test(.enabled(if: (try? ExternalTool.pythonWithFeedparser()) != nil, "no python3 with feedparser (python3-feedparser) is installed"))
    func feedparserReadsEveryDocumentWithoutBozo() async throws {
        let python = try #require(try ExternalTool.pythonWithFeedparser())
        let script = """
            import feedparser, json, sys
            d = feedparser.parse(sys.argv[1])
            print(json.dumps({"bozo": bool(d.bozo), "problem": str(d.get("bozo_exception", "")), "version": d.version,
                "ids": [e.get("id", "") for e in d.entries], "links": [l.get("rel", "") for l in d.feed.get("links", [])]}))
            """
        let (bench, paths) = try await Self.publishedDocuments()
        for path in paths {
            let result = try python.run(["-c", script, bench.output.appendingPathComponent(path).path])
            #expect(result.status == 0, "\(path): \(result.output)")
            let view = try JSONDecoder().decode(FeedparserView.self, from: Data(result.output.utf8))
            #expect(!view.bozo, "\(path): \(view.problem)")
            #expect(view.version == "atom10")
            #expect(view.ids == (try bench.feed(at: path).entries.compactMap(\.id)), "\(path): feedparser sees our entries")
            #expect(view.links.contains("self"))
            #expect(view.links.contains(path == "feed.atom" ? "prev-archive" : "current"), "\(path): \(view.links)")
        }
    }
}
