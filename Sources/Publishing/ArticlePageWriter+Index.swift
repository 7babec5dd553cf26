extension ArticlePageWriter {
    /// `index.html` at the top of the output folder: the stories given, newest first,
    /// each linked by its relative article path.
    public func renderIndex(_ stories: [PublishableStory]) -> [UInt8] {
        HTMLPage.document(title: identity.title, capacity: 1024 + 512 * stories.count) { page in
            page.markup("<h1>")
            page.text(identity.title)
            page.markup("</h1>\n<p class=\"meta\"><a href=\"feed.atom\">Atom feed</a> · <a href=\"feed.json\">JSON Feed</a>")
            if stories.isEmpty { page.markup(" · no stories yet") }
            page.markup("</p>\n<ul class=\"stories\">\n")
            for (position, story) in stories.enumerated() {
                if position > 0 { page.markup("\n") }
                page.markup("<li><a href=\"")
                page.attribute(story.articlePath)
                page.markup("\">")
                page.text(story.title)
                page.markup("</a><br><span class=\"meta\">")
                page.time(story.published)
                page.markup(" · ")
                page.list(story.sources) { source, page in page.text(ReportedByLine.displayName(of: source)) }
                page.markup("</span></li>")
            }
            page.markup("\n</ul>\n")
            page.markup(footer)
        }
    }
}
