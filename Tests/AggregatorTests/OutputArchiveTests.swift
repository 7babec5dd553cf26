@testable import Aggregator
import FeedParsing
import FeedTestServer
import Foundation
import Testing

/// RFC 5005 archives through real cycles: `feed.atom` keeps the newest stories, older
/// ones stay reachable through `prev-archive` pages that do not change once written.
@Suite("Output archive", .serialized, .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct OutputArchiveTests {
    /// What a reader that was away sees: `feed.atom`, then every page back
    /// through `prev-archive`. Returns each document's entries by its path in the
    /// output folder (links under the configured base URL are mapped back to it).
    static func walk(_ bench: OutputTestBench) throws -> [(path: String, entries: [ParsedEntry])] {
        var documents: [(path: String, entries: [ParsedEntry])] = []
        var path: String? = "feed.atom"
        while let current = path, documents.count < 100 {
            documents.append((current, try bench.feed(at: current).entries))
            let base = bench.workspace.configuration.output.baseURL + "/"
            path = try link("prev-archive", in: bench.text(of: current)).map { href in
                href.hasPrefix(base) ? String(href.dropFirst(base.count)) : resolve(href, from: current)
            }
        }
        return documents
    }

    static func link(_ relation: String, in document: String) -> String? {
        let pattern = try? Regex<(Substring, Substring)>("<link rel=\"\(relation)\"[^>]*href=\"([^\"]+)\"")
        return pattern.flatMap { document.firstMatch(of: $0) }.map { String($0.output.1) }
    }

    /// A relative href resolved against the document it appears in, as a reader does.
    static func resolve(_ href: String, from document: String) -> String {
        var folder = document.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/") {
            if part == ".." { _ = folder.popLast() } else { folder.append(String(part)) }
        }
        return folder.joined(separator: "/")
    }

    @Test func aReaderAwayForAWeekMissesNothing() async throws {
        let bench = try OutputTestBench(feeds: [("Desk", "/desk.atom")], settings: "[output]\nmax_entries = 3")
        try bench.serve((1...2).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        #expect(try Self.walk(bench).map(\.path) == ["feed.atom"], "no archive before a page is full")

        try bench.serve((1...7).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        let week = try Self.walk(bench)
        #expect(week.map(\.path) == ["feed.atom", "archive/3/2.atom", "archive/3/1.atom"])
        #expect(week.map(\.entries.count) == [3, 3, 3])
        let seen = Set(week.flatMap(\.entries).compactMap(\.title))
        #expect(seen == Set((1...7).map { OutputTestEntry($0).title }))
        let firstPage = try bench.text(of: "archive/3/1.atom")
        #expect(firstPage.contains("<fh:archive/>"))
        #expect(Self.link("current", in: firstPage) == "../../feed.atom")
        #expect(Self.link("next-archive", in: firstPage) == "../../archive/3/2.atom")
        #expect(Self.link("prev-archive", in: firstPage) == nil)
    }

    @Test func pagesStayAsWrittenWhileTheFeedMovesOn() async throws {
        let bench = try OutputTestBench(feeds: [("Desk", "/desk.atom")], settings: "[output]\nmax_entries = 3")
        try bench.serve((1...7).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        let firstPage = try bench.text(of: "archive/3/1.atom")
        let firstPageDate = try bench.modificationDate(of: "archive/3/1.atom")
        let secondPageIDs = try bench.feed(at: "archive/3/2.atom").entries.compactMap(\.id)
        let ids = try Self.idsByTitle(Self.walk(bench))

        try bench.serve((1...12).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        #expect(try bench.text(of: "archive/3/1.atom") == firstPage)
        #expect(try bench.modificationDate(of: "archive/3/1.atom") == firstPageDate, "an unchanged page is not rewritten")
        #expect(try bench.feed(at: "archive/3/2.atom").entries.compactMap(\.id) == secondPageIDs, "only its next-archive link is new")
        #expect(Self.link("next-archive", in: try bench.text(of: "archive/3/2.atom")) == "../../archive/3/3.atom")
        let later = try Self.walk(bench)
        #expect(later.map(\.path) == ["feed.atom", "archive/3/4.atom", "archive/3/3.atom", "archive/3/2.atom", "archive/3/1.atom"])
        #expect(Set(later.flatMap(\.entries).compactMap(\.title)) == Set((1...12).map { OutputTestEntry($0).title }))
        for (title, id) in Self.idsByTitle(later) where ids[title] != nil {
            #expect(ids[title] == id, "the id of \(title) survives a restart")
        }

        let unchanged = try await bench.runCycle()
        #expect(unchanged.filesWritten == 0, "an unchanged cycle rewrites no page")

        let feed = try bench.text(of: "feed.json")
        try FileManager.default.removeItem(at: bench.output.appendingPathComponent("feed.json"))
        let repaired = try await bench.runCycle()
        #expect(repaired.filesWritten == 1, "a missing feed file comes back although no story changed")
        #expect(try bench.text(of: "feed.json") == feed)
    }

    /// A source joining an archived story rewrites that story's page and moves that
    /// entry's `updated`; nothing else changes, and no other story's page is rendered.
    @Test func aJoiningSourceMovesOnlyItsEntry() async throws {
        let bench = try OutputTestBench(
            feeds: [("Desk", "/desk.atom"), ("Wire", "/wire.atom")], settings: "[output]\nmax_entries = 3"
        )
        try bench.serve((1...7).map { OutputTestEntry($0) }, at: "/desk.atom")
        _ = try await bench.runCycle()
        let before = try bench.feed(at: "archive/3/1.atom").entries
        let secondPage = try bench.text(of: "archive/3/2.atom")
        let current = try bench.text(of: "feed.atom")
        let joined = try #require(before.first)
        let original = try #require((1...7).map { OutputTestEntry($0) }.first { $0.title == joined.title })
        // Rendering a page again would replace this text; only the joined story's page may change.
        let articles = bench.outputFiles().filter { $0.hasPrefix("articles/") }
        let joinedArticle = try #require(try articles.first { try bench.text(of: $0).contains(original.title) })
        let others = articles.filter { $0 != joinedArticle }
        #expect(others.count == 6)
        for article in others {
            try "not rendered again".write(to: bench.output.appendingPathComponent(article), atomically: false, encoding: .utf8)
        }

        var report = OutputTestEntry(original.number, feed: "wire", link: original.link)
        report.title = "Wire: " + original.title
        try bench.serve([report], at: "/wire.atom")
        let cycle = try await bench.runCycle()
        #expect(cycle.joinedStories == 1)

        let after = try bench.feed(at: "archive/3/1.atom").entries
        #expect(after.map(\.id) == before.map(\.id))
        for (old, new) in zip(before, after) {
            if old.id == joined.id {
                #expect(new.updated == bench.clock, "the entry's updated moves to the cycle the source joined in")
                #expect(new.content?.contains("Wire") == true, "the content credits the new source: \(new.content ?? "")")
            } else {
                #expect(new.updated == old.updated)
            }
        }
        #expect(try bench.text(of: "archive/3/2.atom") == secondPage)
        #expect(try bench.text(of: "feed.atom") == current)
        let page = try bench.text(of: joinedArticle)
        #expect(page.contains("Wire") && page.contains(original.body), "the page credits Wire and keeps the lead's text: \(page)")
        for article in others {
            #expect(try bench.text(of: article) == "not rendered again", "\(article) was rendered again")
        }
    }

    static func idsByTitle(_ documents: [(path: String, entries: [ParsedEntry])]) -> [String: String] {
        var ids: [String: String] = [:]
        for entry in documents.flatMap(\.entries) {
            if let title = entry.title, let id = entry.id { ids[title] = id }
        }
        return ids
    }
}
