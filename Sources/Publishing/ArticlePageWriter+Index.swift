extension ArticlePageWriter {
    /// `index.html` at the top of the output folder: the stories given, newest first,
    /// each linked by its relative article path.
    public func renderIndex(_ stories: [PublishableStory]) -> String {
        let items = stories.map { story in
            let outlets = story.sources.map { MarkupText.text(ReportedByLine.displayName(of: $0)) }
            return "<li><a href=\"\(MarkupText.attribute(story.articlePath))\">\(MarkupText.text(story.title))</a>"
                + "<br><span class=\"meta\">\(story.published.timeElement) · \(ReportedByLine.listed(outlets))</span></li>"
        }
        var body = ["<h1>\(MarkupText.text(identity.title))</h1>"]
        var feeds = ["<a href=\"feed.atom\">Atom feed</a>", "<a href=\"feed.json\">JSON Feed</a>"]
        if stories.isEmpty { feeds.append("no stories yet") }
        body.append("<p class=\"meta\">\(feeds.joined(separator: " · "))</p>")
        body.append("<ul class=\"stories\">\n\(items.joined(separator: "\n"))\n</ul>")
        body.append(footer)
        return HTMLPage.document(title: identity.title, body: body.joined(separator: "\n"))
    }
}
