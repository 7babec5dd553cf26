/// The HTML body of a story in the feeds: who reported it, the lead report's text,
/// and a link to our page with every source and the reason they were grouped.
enum EntryContent {
    static func html(for story: PublishableStory, identity: FeedIdentity) -> String {
        var parts = ["<p>" + ReportedByLine.html(for: story.sources) + ".</p>"]
        let body = story.leadBody.forFeeds
        if !body.isEmpty { parts.append("<div>" + body + "</div>") }
        if let page = identity.publicURL(of: story.articlePath) {
            parts.append("<p><a href=\"\(MarkupText.attribute(page))\">Every source, and why they were grouped</a></p>")
        }
        return parts.joined(separator: "\n")
    }
}
