/// The HTML body of a story in the feeds: who reported it, the lead report's text,
/// and a link to our page with every source and the reason they were grouped.
enum EntryContent {
    static func html(for story: PublishableStory, identity: FeedIdentity) -> [UInt8] {
        let body = story.leadBody.forFeeds
        var html = HTMLBuffer(capacity: body.count + 512)
        html.markup("<p>")
        ReportedByLine.write(story.sources, into: &html)
        html.markup(".</p>")
        if !body.isEmpty {
            html.markup("\n<div>")
            html.markup(body)
            html.markup("</div>")
        }
        if let page = identity.publicURL(of: story.articlePath) {
            html.markup("\n<p><a href=\"")
            html.attribute(page)
            html.markup("\">Every source, and why they were grouped</a></p>")
        }
        return html.bytes
    }
}
