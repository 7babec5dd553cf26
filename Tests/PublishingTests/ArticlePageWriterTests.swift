import Publishing
import Testing

@Suite struct ArticlePageWriterTests {
    let writer = ArticlePageWriter(identity: StoryFixtures.identity)

    @Test func pageShowsHeadlineSourcesTextAndReason() {
        let page = writer.render(StoryFixtures.grouped).text
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>Oman floods: rescue teams reach Ibri</h1>"))
        for source in StoryFixtures.grouped.sources {
            #expect(page.contains("<a href=\"\(source.url ?? "")\" rel=\"noreferrer nofollow\">\(source.title)</a>"))
        }
        #expect(page.contains("Wire &amp; Co"))
        #expect(page.contains("<time datetime=\"2024-05-18T14:13:00Z\">2024-05-18 14:13 UTC</time>"))
        #expect(page.contains("by Sara Al-Harthy"))
        #expect(page.contains("Rescue teams reached <b>Ibri</b> on Saturday."))
        #expect(page.contains("<p>matched on shared terms: oman, ibri (score 0.42)</p>"))
        #expect(page.contains("<a href=\"../../../../index.html\">Aggregator test feed</a>"))
    }

    @Test func pageIsSelfContained() {
        let page = writer.render(StoryFixtures.grouped).text
        #expect(page.contains("<style>"))
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("<iframe"))
        #expect(!page.contains(" src="))
    }

    /// What follows `<body>`: the head legitimately holds a doctype, a style and metas.
    func body(of page: String) throws -> String {
        String(page[try #require(page.firstRange(of: "<body>")).upperBound...])
    }

    @Test func hostileFeedRunsNothing() throws {
        let page = writer.render(StoryFixtures.hostile).text
        let body = try body(of: page)
        #expect(DangerScanner.findings(in: body).isEmpty, "\(DangerScanner.findings(in: body))")
        #expect(!page.contains("onerror") && !page.contains("onclick") && !page.lowercased().contains("javascript:"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; [31m \"quoted\" ../../etc/passwd</h1>"))
        #expect(page.contains("<p>&lt;script&gt;x&lt;/script&gt;</p>"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func loneStoryHasNoGroupingSection() {
        let page = writer.render(StoryFixtures.lone).text
        #expect(!page.contains("Why these reports were grouped"))
        #expect(page.contains("The feed carried no text for this story"))
        #expect(page.contains("Reported by an unnamed outlet."))
    }

    @Test func remoteImagesBecomeTheirAltText() {
        var story = StoryFixtures.grouped
        story.lead.body = "<p><img src=\"https://cdn.example/flood.jpg\" alt=\"Flooded road\"> Water rose.</p>"
        let page = writer.render(story).text
        #expect(page.contains("<p>Flooded road Water rose.</p>"))
        #expect(!page.contains("cdn.example"))
    }

    @Test func indexLinksEveryStoryRelatively() throws {
        let index = writer.renderIndex(StoryFixtures.all).text
        for story in StoryFixtures.all {
            #expect(index.contains("<a href=\"\(story.articlePath)\">"))
        }
        #expect(index.contains("Muscat Daily, Wire &amp; Co and Gulf Blog"))
        #expect(index.contains("<a href=\"feed.atom\">Atom feed</a>"))
        #expect(DangerScanner.findings(in: try body(of: index)).isEmpty)
    }
}
