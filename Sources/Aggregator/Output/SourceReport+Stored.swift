import Publishing
import Store

extension SourceReport {
    /// One stored item as a source of its story: the outlet is its feed.
    init(_ item: ItemRecord, of feed: FeedRecord) {
        self.init(
            outlet: feed.title,
            outletURL: feed.siteLink,
            feedURL: feed.url,
            title: item.title,
            url: item.link,
            published: item.effectiveDate,
            author: item.author,
            body: item.body,
            bodyIsHTML: item.bodyIsHTML
        )
    }
}
