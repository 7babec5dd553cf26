import FoundationEssentials

/// Reads JSON Feed 1.0 and 1.1 into the same model as the XML formats.
struct JSONFeedReader {
    let limits: FeedParserLimits

    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return body.first(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) == UInt8(ascii: "{")
    }

    func read(_ bytes: [UInt8], documentURL: String?) throws(FeedParsingError) -> ParsedFeed {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let document: JSONFeedDocument
        do {
            document = try JSONDecoder().decode(JSONFeedDocument.self, from: Data(body))
        } catch {
            throw FeedParsingError(code: .invalidJSON, message: "The JSON document is not a valid JSON Feed: \(error).")
        }
        // The spec's version is a URL; some producers (and gofeed's tests) write the bare number.
        let version = document.version?.trimmed ?? ""
        guard version.contains("jsonfeed.org/version/") || ["1", "1.0", "1.1"].contains(version) else {
            throw FeedParsingError(code: .notAFeed, message: "The JSON document has no JSON Feed version.")
        }
        let base = document.feedURL ?? documentURL
        var feed = ParsedFeed(
            version: version.hasSuffix("1.1") ? .json11 : .json10,
            title: document.title?.trimmed,
            link: document.homePageURL.map { URIResolver.resolve($0, against: base) }
        )
        feed.entries = (document.items ?? []).prefix(limits.maxEntries).map { entry(from: $0, base: base) }
        feed.identityNote = EntryIdentity.assignKeys(to: &feed.entries, sawBlankID: false)
        return feed
    }

    private func entry(from item: JSONFeedDocument.Item, base: String?) -> ParsedEntry {
        let people = (item.authors ?? item.author.map { [$0] } ?? []).map {
            FeedPerson(name: $0.name?.nonBlank, uri: $0.url?.nonBlank)
        }
        return ParsedEntry(
            id: item.id?.value.nonBlank,
            title: item.title?.trimmed,
            link: (item.url ?? item.externalURL)?.nonBlank.map { URIResolver.resolve($0, against: base) },
            published: item.datePublished.flatMap(FeedDate.parse),
            updated: item.dateModified.flatMap(FeedDate.parse),
            summary: item.summary,
            content: item.contentHTML ?? item.contentText,
            contentIsHTML: item.contentHTML != nil,
            authors: people.compactMap(\.displayName),
            people: people,
            categories: item.tags ?? [],
            enclosures: (item.attachments ?? []).compactMap { attachment in
                attachment.url?.nonBlank.map {
                    Enclosure(url: URIResolver.resolve($0, against: base), type: attachment.mimeType,
                              length: attachment.sizeInBytes.flatMap { Int64(exactly: $0.rounded(.towardZero)) })
                }
            }
        )
    }
}
