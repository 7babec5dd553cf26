import Timestamps

extension AtomFeedWriter {
    func writeEntry(_ story: PublishableStory, into xml: inout XMLLines) {
        let lead = story.lead
        xml.start("entry")
        xml.leaf("id", text: identity.entryID(for: story.storyID))
        xml.leaf("title", [("type", "text")], text: story.title)
        xml.leaf("updated", text: story.updated.rfc3339)
        xml.leaf("published", text: story.published.rfc3339)
        writeAuthor(of: lead, into: &xml)
        let alternate = lead.url.flatMap(Self.webLink) ?? identity.publicURL(of: story.articlePath)
        if let alternate {
            xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", alternate)])
        }
        var related: Set<String> = alternate.map { [$0] } ?? []
        for other in story.others {
            guard let href = other.url.flatMap(Self.webLink), related.insert(href).inserted else { continue }
            xml.empty("link", [("rel", "related"), ("type", "text/html"), ("href", href), ("title", other.outlet)])
        }
        for term in Self.distinctTerms(story.categories) {
            xml.empty("category", [("term", term)])
        }
        writeSource(lead, into: &xml)
        EntryContent.html(for: story, identity: identity).withUnsafeBufferPointer { xml.leaf("content", [("type", "html")], utf8: $0) }
        xml.end()
    }

    /// The report's byline, else the outlet: RFC 4287 wants an author on every entry.
    private func writeAuthor(of report: SourceReport, into xml: inout XMLLines) {
        xml.start("author")
        if let author = report.author.map({ $0.trimmingWhitespace() }), !author.isEmpty {
            xml.leaf("name", text: author)
        } else {
            xml.leaf("name", text: ReportedByLine.displayName(of: report))
            if let site = report.outletURL.flatMap(Self.webLink) { xml.leaf("uri", text: site) }
        }
        xml.end()
    }

    /// The lead report's feed, so a reader can tell where the entry came from.
    private func writeSource(_ report: SourceReport, into xml: inout XMLLines) {
        xml.start("source")
        let feedURL = URIText.cleaned(report.feedURL)
        if !feedURL.isEmpty {
            xml.leaf("id", text: feedURL)
            // A reader can follow only a web link: a feed read from a local file
            // keeps its URL as the id, without a self link nobody else could open.
            if let link = Self.webLink(feedURL) { xml.empty("link", [("rel", "self"), ("href", link)]) }
        }
        if let site = report.outletURL.flatMap(Self.webLink) {
            xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", site)])
        }
        xml.leaf("title", [("type", "text")], text: ReportedByLine.displayName(of: report))
        xml.end()
    }

    /// Only web and mail links leave our feed: a feed's `javascript:` link must not become ours.
    static func webLink(_ raw: String) -> String? {
        SafeURL.resolve(raw, against: nil, for: .link)
    }

    static func distinctTerms(_ categories: [String]) -> [String] {
        var seen: Set<String> = []
        return categories.map { MarkupText.removingForbiddenCharacters($0).trimmingWhitespace() }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
