@testable import Aggregator
import FeedParsing
import FeedTestServer
import Foundation
import Testing

/// A feed whose titles try to climb out of the output folder and whose bodies carry
/// script, through a real cycle: every story gets its page, and every file lands
/// where our own naming puts it.
@Suite("Output safety", .serialized, .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct OutputSafetyTests {
    /// Our own names only: no temporary file left behind, nothing a title chose.
    static let allowedPath =
        #"^(feed\.atom|feed\.json|index\.html|archive/[0-9]+/[0-9]+\.atom|articles/[0-9]{4}/[0-9]{2}/[0-9]{2}/[a-z0-9-]{1,80}\.html)$"#

    @Test func hostileTitlesWriteNothingOutsideTheOutputFolder() async throws {
        let bench = try OutputTestBench(feeds: [("Hostile Test", "/output-hostile.rss")], settings: "[output]\nmax_entries = 5")
        let before = Set(Self.files(under: bench.test.folder))
        let temporaryBefore = try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter { $0.contains("escaped") }

        let summary = try await bench.runCycle()
        #expect(summary.fetched == 1)
        #expect(summary.newItems == 13)

        let created = Set(Self.files(under: bench.test.folder)).subtracting(before)
        #expect(created.allSatisfy { $0.hasPrefix("public/") || $0.hasPrefix("state/") }, "\(created.sorted())")
        let temporaryAfter = try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter { $0.contains("escaped") }
        #expect(temporaryAfter == temporaryBefore)
        let outputFiles = bench.outputFiles()
        let allowed = try Regex(Self.allowedPath)
        for path in outputFiles {
            #expect(path.wholeMatch(of: allowed) != nil, "\(path) is not a name we give")
        }

        // Every published story has its page, whether it is in feed.atom or archived.
        let documents = try OutputArchiveTests.walk(bench)
        #expect(documents.count > 1, "13 stories in pages of 5 make archive pages")
        let published = documents.flatMap(\.entries)
        let pages = outputFiles.filter { $0.hasPrefix("articles/") }
        #expect(Set(published.compactMap(\.id)).count == summary.newStories)
        #expect(pages.count == summary.newStories, "one page per published story: \(pages)")
        let index = try bench.text(of: "index.html")
        for page in pages {
            let html = try bench.text(of: page)
            #expect(html.contains("<h1>"))
            for marker in ["<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "style=\"position"] {
                #expect(!html.lowercased().contains(marker), "\(page) carries \(marker)")
            }
        }
        #expect(try bench.feed(at: "feed.atom").entries.count == 5)
        let linked = index.matches(of: try Regex<(Substring, Substring)>(#"href="(articles/[^"]+)""#)).map { String($0.output.1) }
        #expect(linked.count == 5 && Set(linked).isSubset(of: pages), "index.html links the stories of feed.atom: \(linked)")
    }

    @Test func temporaryFilesOfAnInterruptedPublicationAreRemoved() async throws {
        let bench = try OutputTestBench(feeds: [("Hostile Test", "/output-hostile.rss")], settings: "[output]\nmax_entries = 5")
        _ = try await bench.runCycle()
        let page = try #require(bench.outputFiles().first { $0.hasPrefix("articles/") })
        let folder = bench.output.appendingPathComponent((page as NSString).deletingLastPathComponent)
        let leftover = folder.appendingPathComponent(".\((page as NSString).lastPathComponent).4242.tmp")
        try Data("<!doctype html><p>half a pa".utf8).write(to: leftover)
        // What a process killed mid-publication leaves in the state folder.
        let marker = bench.test.folder.appendingPathComponent("state/publishing")
        try Data().write(to: marker)

        _ = try await bench.runCycle()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(!FileManager.default.fileExists(atPath: marker.path), "a finished publication removes its marker")
        #expect(bench.outputFiles().contains(page))
    }

    @Test func anUnsafePathIsRefused() {
        for path in ["../escape.html", "articles/../../escape.html", "/etc/passwd", "articles/.hidden.html", "", "a//b"] {
            #expect(!AtomicFileWriter.staysInside(path), "\(path)")
        }
        #expect(AtomicFileWriter.staysInside("articles/2024/05/20/etc-passwd-0123456789.html"))
    }

    static func files(under folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }
    }
}
