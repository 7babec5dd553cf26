import GRDB
import Timestamps

// Mapping between rows and records stays here, so the SQL column names
// appear in one file besides the schema. Queries select each record's
// `columns` and rows are read by position: looking a column up by name
// lowercased the name for every value read, and a first cycle's publishing
// reads every stored item. Records are made from a cursor's rows, as
// `Row.fetchAll` first copies every row's values, twice the memory of the
// records alone while a story page's members are read.

extension FeedRecord {
    /// The columns ``init(row:)`` reads, in its order.
    static let columns = """
        id, url, subscribed_url, title, site_link, etag, last_modified, body_hash, last_status, last_error,
        consecutive_failures, last_checked, next_check, last_unconditional, is_gone, pending_redirect,
        pending_redirect_count
        """

    init(row: Row) {
        self.init(
            id: row[0],
            url: row[1],
            subscribedURL: row[2],
            title: row[3],
            siteLink: row[4],
            etag: row[5],
            lastModified: row[6],
            bodyHash: row[7],
            lastStatus: row[8],
            lastError: row[9],
            consecutiveFailures: row[10],
            lastChecked: Timestamp(column: row[11]),
            nextCheck: Timestamp(column: row[12]),
            lastUnconditional: Timestamp(column: row[13]),
            isGone: row[14],
            pendingRedirect: row[15],
            pendingRedirectCount: row[16]
        )
    }
}

extension ItemRecord {
    /// The columns ``init(row:)`` reads, in its order.
    /// Selected from ``joinedTables``.
    static let columns = columns(body: "item.body")

    /// ``columns`` with `body` read through an SQL expression of our own.
    static func columns(body: String) -> String {
        """
        item.id, item.feed_id, item.key, item.title, item.link, item.author, \(body), item.body_is_html,
        item.published, item.first_seen, story.id, item.merge_method, item.merge_score, item.merge_terms,
        item.merge_matched_item
        """
    }

    /// Items with their story, whose text id a record carries.
    static let joinedTables = "item LEFT JOIN story ON story.serial = item.story_serial"

    /// Oldest member first, the order in which the engine met them. A story's lead
    /// body and its first member must be the same item, so every query that
    /// picks either one sorts by this.
    static let firstSeenOrder = "item.first_seen, item.rowid"

    init(row: Row) {
        let method: String? = row[11]
        let terms: String = row[13] ?? ""
        self.init(
            id: row[0],
            feedID: row[1],
            key: row[2],
            title: row[3],
            link: row[4],
            author: row[5],
            body: row[6],
            bodyIsHTML: row[7],
            published: Timestamp(column: row[8]),
            firstSeen: Timestamp(secondsSince1970: row[9]),
            storyID: row[10],
            merge: method.map {
                MergeRecord(
                    method: $0,
                    score: row[12] ?? 0,
                    sharedTerms: terms.isEmpty ? [] : terms.split(separator: " ").map(String.init),
                    matchedItemID: row[14] ?? ""
                )
            }
        )
    }
}

extension StoryRecord {
    /// The columns ``init(row:)`` reads, in its order.
    static let columns = "id, title, published, updated, is_known, lead_item_id, article_path"
    /// How many ``columns`` there are: a query may select more after them.
    static let columnCount = columns.split(separator: ",").count

    init(row: Row) {
        self.init(
            id: row[0],
            title: row[1],
            published: Timestamp(secondsSince1970: row[2]),
            updated: Timestamp(secondsSince1970: row[3]),
            isKnown: row[4],
            leadItemID: row[5],
            articlePath: row[6]
        )
    }
}

extension Timestamp {
    init?(column: Int64?) {
        guard let column else { return nil }
        self.init(secondsSince1970: column)
    }
}
