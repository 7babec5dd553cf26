public import Timestamps

/// Renders stories as an Atom 1.0 document (RFC 4287), and as RFC 5005 archive
/// documents so a reader that was away can page back to stories that left the feed.
/// Documents come as UTF-8 bytes, ready for the disk.
public struct AtomFeedWriter: Sendable {
    public let identity: FeedIdentity

    static let atomNamespace = "http://www.w3.org/2005/Atom"
    static let historyNamespace = "http://purl.org/syndication/history/1.0"

    public init(identity: FeedIdentity) {
        self.identity = identity
    }

    /// The subscription document (`feed.atom`): stories newest first, as given.
    public func render(_ stories: [PublishableStory], updated: Timestamp) -> [UInt8] {
        render(stories, updated: updated, previousArchivePath: nil)
    }

    /// The subscription document, linked to the newest archive document.
    public func render(_ stories: [PublishableStory], updated: Timestamp, previousArchivePath: String?) -> [UInt8] {
        var xml = XMLLines()
        xml.start("feed", [("xmlns", Self.atomNamespace)])
        writeHeader(into: &xml, updated: updated, selfPath: "feed.atom")
        if let previousArchivePath { xml.empty("link", Self.feedLink("prev-archive", identity.link(to: previousArchivePath, from: "feed.atom"))) }
        for story in stories { writeEntry(story, into: &xml) }
        xml.end()
        return xml.bytes
    }

    /// An archive document: a fixed page of older stories marked `fh:archive`, with
    /// `current`, `prev-archive` and `next-archive` links (RFC 5005, section 4).
    public func renderArchive(_ stories: [PublishableStory], updated: Timestamp, page: AtomArchivePage) -> [UInt8] {
        var xml = XMLLines()
        xml.start("feed", [("xmlns", Self.atomNamespace), ("xmlns:fh", Self.historyNamespace)])
        writeHeader(into: &xml, updated: updated, selfPath: page.path)
        xml.empty("fh:archive")
        xml.empty("link", Self.feedLink("current", identity.link(to: page.currentPath, from: page.path)))
        if let previous = page.previousPath { xml.empty("link", Self.feedLink("prev-archive", identity.link(to: previous, from: page.path))) }
        if let next = page.nextPath { xml.empty("link", Self.feedLink("next-archive", identity.link(to: next, from: page.path))) }
        for story in stories { writeEntry(story, into: &xml) }
        xml.end()
        return xml.bytes
    }

    private func writeHeader(into xml: inout XMLLines, updated: Timestamp, selfPath: String) {
        xml.leaf("id", text: URIText.cleaned(identity.id))
        xml.leaf("title", [("type", "text")], text: identity.title)
        xml.leaf("updated", text: updated.rfc3339)
        if let selfURL = identity.publicURL(of: selfPath) {
            xml.empty("link", Self.feedLink("self", selfURL))
        }
        if let home = identity.publicURL(of: "index.html") {
            xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", home)])
        }
        xml.leaf(
            "generator",
            [("uri", URIText.cleaned(identity.generatorURI)), ("version", identity.generatorVersion)],
            text: identity.generatorName
        )
    }

    static func feedLink(_ relation: String, _ href: String) -> [(String, String?)] {
        [("rel", relation), ("type", "application/atom+xml"), ("href", href)]
    }
}
