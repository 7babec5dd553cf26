import FeedFetching
import FeedParsing
import Store

/// One feed's fetch and parse, done concurrently with the others; the cycle
/// then applies these one at a time to the store and the story engine.
struct FeedPoll: Sendable {
    enum Outcome: Sendable {
        case failed(String)
        case gone
        case rateLimited(retryAfter: String?)
        case notModified
        case unchanged
        case parsed(ParsedFeed, bodyHash: String)
    }

    var feed: FeedRecord
    var conditional: Bool
    var response: FetchResponse?
    var outcome: Outcome
}
