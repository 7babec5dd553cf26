import FeedFetching
import FeedParsing
import Store
import Timestamps

/// One feed's fetch and parse, done concurrently with the others; the cycle
/// then applies these one at a time to the store and the story engine.
struct FeedPoll: Sendable {
    enum Outcome: Sendable {
        case failed(String)
        case gone
        case rateLimited(retryAfter: String?)
        case notModified
        case unchanged
        /// `newItems` are the entries the store did not hold when the feed
        /// was polled, or the store's error in looking them up.
        case parsed(ParsedFeed, bodyHash: String, newItems: Result<[NewItem], StoreError>)
    }

    var feed: FeedRecord
    var conditional: Bool
    /// The response without its body: the poll has parsed it, and a window
    /// of polls waiting to be applied would otherwise hold every body.
    var response: FetchResponse?
    /// How many bytes the body held.
    var bodySize: Int
    var outcome: Outcome
    /// When the feed's newest stored items were published, read with the poll
    /// (see ``FeedStore/recentItemTimes(ofFeed:limit:)``), or the store's error.
    var storedItemTimes: Result<[Timestamp], StoreError>

    /// Whether applying this poll places items in stories, which needs the whole index.
    var bringsNewItems: Bool {
        guard case .parsed(_, _, .success(let items)) = outcome else { return false }
        return !items.isEmpty
    }
}
