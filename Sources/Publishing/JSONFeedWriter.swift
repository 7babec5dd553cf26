// FoundationEssentials only: this target also imports libxml2, whose headers clash
// with full Foundation's bundled ICU (DESIGN.md, pitfall 1).
internal import FoundationEssentials
import Timestamps

/// Renders the same stories as ``AtomFeedWriter`` as JSON Feed 1.1, with the same ids.
public struct JSONFeedWriter: Sendable {
    public let identity: FeedIdentity

    public init(identity: FeedIdentity) {
        self.identity = identity
    }

    public func render(_ stories: [PublishableStory]) -> String {
        let document = JSONFeedDocument(
            title: MarkupText.removingForbiddenCharacters(identity.title),
            homePageURL: identity.publicURL(of: "index.html"),
            feedURL: identity.publicURL(of: "feed.json"),
            items: stories.map(item)
        )
        let encoder = JSONEncoder()
        // Sorted keys keep the file byte-identical while nothing changed, so it is not rewritten.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(document) else {
            preconditionFailure("JSONFeedDocument holds only strings and arrays, which always encode")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func item(_ story: PublishableStory) -> JSONFeedDocument.Item {
        let lead = story.lead
        let byline = lead.author.map { MarkupText.removingForbiddenCharacters($0).trimmingWhitespace() } ?? ""
        let author = byline.isEmpty
            ? JSONFeedDocument.Author(name: ReportedByLine.displayName(of: lead), url: lead.outletURL.flatMap(AtomFeedWriter.webLink))
            : JSONFeedDocument.Author(name: byline)
        let tags = AtomFeedWriter.distinctTerms(story.categories)
        return JSONFeedDocument.Item(
            id: identity.entryID(for: story.storyID),
            url: lead.url.flatMap(AtomFeedWriter.webLink) ?? identity.publicURL(of: story.articlePath),
            title: MarkupText.removingForbiddenCharacters(story.title),
            contentHTML: String(decoding: EntryContent.html(for: story, identity: identity), as: UTF8.self),
            datePublished: story.published.rfc3339,
            dateModified: story.updated.rfc3339,
            authors: [author],
            tags: tags.isEmpty ? nil : tags,
            aggregator: JSONFeedDocument.StoryExtension(
                articlePath: story.articlePath,
                groupingReason: story.groupingReason.map(MarkupText.removingForbiddenCharacters),
                sources: story.sources.map { source in
                    JSONFeedDocument.StoryExtension.Source(
                        outlet: ReportedByLine.displayName(of: source),
                        url: source.url.flatMap(AtomFeedWriter.webLink),
                        feedURL: URIText.cleaned(source.feedURL),
                        datePublished: source.published?.rfc3339
                    )
                }
            )
        )
    }
}
