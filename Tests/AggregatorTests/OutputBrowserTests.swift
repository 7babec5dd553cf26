@testable import Aggregator
import ExternalTool
import FeedParsing
import FeedTestServer
import Foundation
import Testing

/// Article pages from a hostile feed opened in headless Chromium (Debian package
/// `chromium`): the headline renders, and none of the feed's script runs. Skips with
/// a note when no Chromium is installed.
@Suite("Output in Chromium", .serialized, .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct OutputBrowserTests {
    struct Browser {
        let tool: ExternalTool
        let profile: URL

        static func find(profile: URL) -> Browser? {
            installed.map { Browser(tool: $0, profile: profile) }
        }

        static var installed: ExternalTool? {
            ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(ExternalTool.find).first
        }

        /// Headless, with a throwaway profile; the sandbox needs a non-root user, so
        /// as root it is off (the pages come from our own output folder).
        func run(_ arguments: [String], page: URL) throws -> String {
            var options = ["--headless", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"]
            if getuid() == 0 { options.append("--no-sandbox") }
            // Time enough, in the page's own virtual clock, for any handler to have fired.
            options.append("--virtual-time-budget=3000")
            let result = try tool.run(options + arguments + [page.absoluteString])
            #expect(result.status == 0, "\(tool.path): \(result.output)")
            return result.output
        }
    }

    @Test(.enabled(if: Browser.installed != nil, "chromium is not installed"))
    func pagesRenderTheHeadlineAndRunNoFeedScript() async throws {
        let bench = try OutputTestBench(feeds: [("Hostile Test", "/output-hostile.rss")])
        let browser = try #require(Browser.find(profile: bench.test.folder.appendingPathComponent("chromium-profile")))
        _ = try await bench.runCycle()
        let pages = bench.outputFiles().filter { $0.hasPrefix("articles/") }
        let scripted = try #require(pages.first { $0.contains("escaped-by-title") }, "\(pages)")
        let markup = try #require(pages.first { $0.contains("headline-with-markup") }, "\(pages)")

        let scriptedDOM = try browser.run(["--dump-dom"], page: bench.output.appendingPathComponent(scripted))
        #expect(scriptedDOM.contains("<h1>../../../../../../tmp/escaped-by-title</h1>"), "\(scriptedDOM)")
        #expect(scriptedDOM.contains("Lead text of the hostile report."))
        for trace in ["data-pwned", "<script", "onerror", "<iframe", "<svg", "javascript:"] {
            #expect(!scriptedDOM.contains(trace), "\(trace) survived into the rendered page")
        }

        let markupDOM = try browser.run(["--dump-dom"], page: bench.output.appendingPathComponent(markup))
        #expect(markupDOM.contains("<h1>&lt;script&gt;document.title='pwned'&lt;/script&gt; Headline with markup</h1>"), "\(markupDOM)")
        #expect(!markupDOM.contains("<title>pwned"), "the title is text, never script")

        let screenshot = bench.test.folder.appendingPathComponent("article.png")
        _ = try browser.run(["--screenshot=\(screenshot.path)", "--window-size=1000,900"], page: bench.output.appendingPathComponent(scripted))
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 5_000, "a rendered page, not a blank")
    }

    /// A body's table markup cannot move the rest of the page out of the article:
    /// the body's last words and the sources stay inside it, in their places.
    @Test(.enabled(if: Browser.installed != nil, "chromium is not installed"))
    func tableMarkupInABodyLeavesThePageStructureAlone() async throws {
        let bench = try OutputTestBench(feeds: [("Tables Test", "/output-tables.rss")])
        let browser = try #require(Browser.find(profile: bench.test.folder.appendingPathComponent("chromium-profile")))
        _ = try await bench.runCycle()
        let page = try #require(bench.outputFiles().first { $0.hasPrefix("articles/") && $0.contains("results-table") })

        // The page puts a line break between its own tags.
        let dom = try browser.run(["--dump-dom"], page: bench.output.appendingPathComponent(page)).filter { $0 != "\n" }
        #expect(dom.contains("<p>Closing words of the body.</p></div><section class=\"sources\">"), "\(dom)")
        #expect(dom.contains("</section></article>"), "\(dom)")
    }
}
