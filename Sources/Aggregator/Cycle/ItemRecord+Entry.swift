import FeedParsing
import Publishing
import StableHashing
import Store
import Timestamps

extension ItemRecord {
    /// The stored form of a parsed entry. The id hashes the subscription and
    /// the entry's key, so it is the same on every run and every machine,
    /// which keeps story ids (and the Atom ids built from them) stable.
    init(entry: ParsedEntry, of feed: FeedRecord, seenAt time: Timestamp) {
        let body = entry.content ?? entry.summary
        self.init(
            id: "item-" + StableHash.hex(of: feed.subscribedURL + "\n" + entry.key),
            feedID: feed.id,
            key: entry.key,
            title: entry.title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.untitled(body: body.map {
                entry.contentIsHTML ? HTMLText.plainText(from: $0, wordLimit: Self.untitledWords) : $0
            }),
            link: entry.link,
            author: entry.authors.first,
            body: body,
            bodyIsHTML: entry.contentIsHTML,
            published: entry.published ?? entry.updated,
            firstSeen: time
        )
    }

    /// An untitled item is named after this many first words of its body.
    static let untitledWords = 12

    private static func untitled(body: String?) -> String {
        guard let body, !body.isEmpty else { return "(untitled)" }
        let words = body.split(maxSplits: untitledWords, whereSeparator: \.isWhitespace).prefix(untitledWords)
        return words.joined(separator: " ") + (words.count == untitledWords ? "…" : "")
    }
}
