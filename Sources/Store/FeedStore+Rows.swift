import GRDB
import Timestamps

// Mapping between rows and records stays here, so the SQL column names
// appear in one file besides the schema.

extension FeedRecord {
    init(row: Row) {
        self.init(
            id: row["id"],
            url: row["url"],
            subscribedURL: row["subscribed_url"],
            title: row["title"],
            siteLink: row["site_link"],
            etag: row["etag"],
            lastModified: row["last_modified"],
            bodyHash: row["body_hash"],
            lastStatus: row["last_status"],
            lastError: row["last_error"],
            consecutiveFailures: row["consecutive_failures"],
            lastChecked: Timestamp(column: row["last_checked"]),
            nextCheck: Timestamp(column: row["next_check"]),
            lastUnconditional: Timestamp(column: row["last_unconditional"]),
            isGone: row["is_gone"],
            pendingRedirect: row["pending_redirect"],
            pendingRedirectCount: row["pending_redirect_count"]
        )
    }
}

extension ItemRecord {
    init(row: Row) {
        let method: String? = row["merge_method"]
        let terms: String = row["merge_terms"] ?? ""
        self.init(
            id: row["id"],
            feedID: row["feed_id"],
            key: row["key"],
            title: row["title"],
            link: row["link"],
            author: row["author"],
            body: row["body"],
            bodyIsHTML: row["body_is_html"],
            published: Timestamp(column: row["published"]),
            firstSeen: Timestamp(secondsSince1970: row["first_seen"]),
            storyID: row["story_id"],
            merge: method.map {
                MergeRecord(
                    method: $0,
                    score: row["merge_score"] ?? 0,
                    sharedTerms: terms.isEmpty ? [] : terms.split(separator: " ").map(String.init),
                    matchedItemID: row["merge_matched_item"] ?? ""
                )
            }
        )
    }
}

extension StoryRecord {
    init(row: Row) {
        self.init(
            id: row["id"],
            title: row["title"],
            published: Timestamp(secondsSince1970: row["published"]),
            updated: Timestamp(secondsSince1970: row["updated"]),
            isKnown: row["is_known"],
            leadItemID: row["lead_item_id"],
            articlePath: row["article_path"]
        )
    }
}

extension Timestamp {
    init?(column: Int64?) {
        guard let column else { return nil }
        self.init(secondsSince1970: column)
    }
}
