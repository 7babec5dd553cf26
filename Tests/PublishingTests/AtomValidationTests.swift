import ExternalTool
internal import FoundationEssentials
import Publishing
import Testing
import Timestamps

/// Our Atom as strict outside tools see it: RELAX NG validation against RFC 4287's
/// schema, and Python's feedparser. Each test skips with a note when its tool is absent.
@Suite struct AtomValidationTests {
    let updated = StoryFixtures.may18.adding(seconds: 3_600)

    var documents: [(String, String)] {
        let online = AtomFeedWriter(identity: StoryFixtures.identity)
        let offline = AtomFeedWriter(identity: StoryFixtures.identityWithoutBase)
        let page = AtomArchivePage(path: "archive/1.atom", nextPath: "archive/2.atom")
        return [
            ("feed.atom", online.render(StoryFixtures.all, updated: updated, previousArchivePath: "archive/2.atom").text),
            ("offline.atom", offline.render(StoryFixtures.all, updated: updated).text),
            ("archive.atom", online.renderArchive(StoryFixtures.all, updated: updated, page: page).text),
            ("empty.atom", online.render([], updated: updated).text),
        ]
    }

    @Test(.enabled(if: ExternalTool.find("xmllint") != nil, "xmllint is not installed"))
    func validatesAgainstRFC4287RelaxNG() throws {
        let xmllint = try #require(ExternalTool.find("xmllint"))
        for (name, document) in documents {
            let result = try TestPaths.withTemporaryFile(named: name, contents: document) { file in
                try xmllint.run(["--noout", "--relaxng", TestPaths.fixture("atom.rng"), file])
            }
            #expect(result.status == 0, "\(name): \(result.output)")
            #expect(result.output.contains("validates"), "\(name): \(result.output)")
        }
    }

    @Test(.enabled(if: ExternalTool.find("xmllint") != nil, "xmllint is not installed"))
    func schemaRejectsAFeedWithoutUpdated() throws {
        let xmllint = try #require(ExternalTool.find("xmllint"))
        let broken = AtomFeedWriter(identity: StoryFixtures.identity).render([StoryFixtures.grouped], updated: updated).text
            .replacing("<updated>2024-05-18T15:03:00Z</updated>", with: "")
        let result = try TestPaths.withTemporaryFile(named: "broken.atom", contents: broken) { file in
            try xmllint.run(["--noout", "--relaxng", TestPaths.fixture("atom.rng"), file])
        }
        #expect(result.status != 0)
    }

    struct FeedparserView: Decodable {
        var bozo: Bool
        var problem: String
        var version: String
        var titles: [String]
        var ids: [String]
        var links: [String]
    }

    @Test(.enabled(if: (try? ExternalTool.pythonWithFeedparser()) != nil, "no python3 with feedparser is installed"))
    func feedparserReadsItWithoutBozo() throws {
        let python = try #require(try ExternalTool.pythonWithFeedparser())
        let script = """
            import feedparser, json, sys
            d = feedparser.parse(sys.argv[1])
            print(json.dumps({"bozo": bool(d.bozo), "problem": str(d.get("bozo_exception", "")), "version": d.version,
                "titles": [e.get("title", "") for e in d.entries], "ids": [e.get("id", "") for e in d.entries],
                "links": [e.get("link", "") for e in d.entries]}))
            """
        for (name, document) in documents {
            let result = try TestPaths.withTemporaryFile(named: name, contents: document) { file in
                try python.run(["-c", script, file])
            }
            #expect(result.status == 0, "\(name): \(result.output)")
            let view = try JSONDecoder().decode(FeedparserView.self, from: Data(result.output.utf8))
            #expect(!view.bozo, "\(name): \(view.problem)")
            #expect(view.version == "atom10")
            guard name != "empty.atom" else { continue }
            #expect(view.titles.prefix(2) == ["Oman floods: rescue teams reach Ibri", "A report without links"])
            #expect(view.ids.count == 3 && Set(view.ids).count == 3)
            #expect(view.links.first == "https://muscatdaily.example/2024/05/18/floods.html")
        }
    }
}
