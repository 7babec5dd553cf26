import Publishing
import Timestamps

/// Small stories covering the cases the writers must get right: several sources,
/// a lone source without links, and a hostile feed's content.
enum StoryFixtures {
    static let identity = FeedIdentity(
        title: "Aggregator test feed",
        id: "tag:news.example.org,2024:aggregator",
        publicBaseURL: "https://news.example.org/",
        generatorName: "aggregator",
        generatorVersion: "0.1.0",
        generatorURI: "https://github.com/example/aggregator"
    )

    static let identityWithoutBase = FeedIdentity(
        title: "Offline feed",
        id: "urn:example:aggregator",
        generatorName: "aggregator",
        generatorVersion: "0.1.0",
        generatorURI: "https://github.com/example/aggregator"
    )

    static let may18 = CivilDate(year: 2024, month: 5, day: 18, hour: 14, minute: 3).timestamp

    static let grouped: PublishableStory = {
        let lead = SourceReport(
            outlet: "Muscat Daily",
            outletURL: "https://muscatdaily.example/",
            feedURL: "https://muscatdaily.example/rss.xml",
            title: "Oman floods: rescue teams reach Ibri",
            url: "https://muscatdaily.example/2024/05/18/floods.html",
            published: may18,
            author: "Sara Al-Harthy",
            body: "<p>Rescue teams reached <b>Ibri</b> on Saturday. <a href=\"/map\">Map</a></p>",
            bodyIsHTML: true
        )
        let wire = SourceReport(
            outlet: "Wire & Co",
            outletURL: "https://wire.example",
            feedURL: "https://wire.example/feed",
            title: "Floods in Oman",
            url: "https://wire.example/oman-floods",
            published: may18.adding(seconds: 600)
        )
        let blog = SourceReport(
            outlet: "Gulf Blog",
            feedURL: "https://gulf.example/atom.xml",
            title: "Ibri under water",
            url: "https://gulf.example/ibri",
            published: may18.adding(seconds: 1_200),
            body: "Plain <text> & more",
            bodyIsHTML: false
        )
        return story(
            id: "story-feed3-ab12cd",
            title: lead.title,
            lead: lead,
            others: [wire, blog],
            categories: ["Oman", "Weather", "Oman", " "],
            reason: "matched on shared terms: oman, ibri (score 0.42)"
        )
    }()

    static let lone: PublishableStory = story(
        id: "seed:000_x.txt",
        title: "A report without links",
        lead: SourceReport(outlet: "", feedURL: "file:///srv/feeds/local.xml", title: "A report without links"),
        others: [],
        categories: [],
        reason: nil
    )

    /// Everything a hostile feed can put in a story's text fields.
    static let hostile: PublishableStory = {
        let title = "\u{0}<script>alert(1)</script> & \u{1B}[31m \"quoted\" \u{FFFE}../../etc/passwd"
        let lead = SourceReport(
            outlet: "Evil <b>Outlet</b>\u{7}",
            outletURL: "javascript:alert(1)",
            feedURL: "https://evil.example/feed?a=1&b=<2>",
            title: title,
            url: "javascript:alert(document.cookie)",
            published: may18,
            author: "\u{8}",
            body: "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"jav&#x09;ascript:alert(1)\">click</a><style>body{display:none}</style>"
                + "<p style=\"position:fixed\" onclick=\"steal()\">text\u{0}\u{C}</p>",
            bodyIsHTML: true
        )
        let other = SourceReport(
            outlet: "Data URL outlet",
            feedURL: "https://other.example/feed",
            title: "other",
            url: "data:text/html,<script>alert(1)</script>"
        )
        return story(id: "story/../../x?&<>", title: title, lead: lead, others: [other], categories: ["<b>", "\u{1}"], reason: "<script>x</script>")
    }()

    static func story(
        id: String,
        title: String,
        lead: SourceReport,
        others: [SourceReport],
        categories: [String],
        reason: String?
    ) -> PublishableStory {
        PublishableStory(
            storyID: id,
            title: title,
            published: lead.published ?? may18,
            updated: (others.compactMap(\.published) + [lead.published ?? may18]).max() ?? may18,
            lead: lead,
            others: others,
            categories: categories,
            groupingReason: reason,
            articlePath: ArticlePath.make(title: title, published: lead.published ?? may18, storyID: id)
        )
    }

    static let all = [grouped, lone, hostile]
}
