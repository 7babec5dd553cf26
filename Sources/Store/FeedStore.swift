import Foundation
import GRDB
public import Timestamps

/// The daemon's memory: subscriptions and their fetch state, items and stories,
/// in one SQLite database in WAL mode so a reader never blocks the cycle and a
/// killed process leaves a consistent file.
public final class FeedStore: Sendable {
    public let path: String
    private let pool: DatabasePool

    /// Opens (creating if needed) `state.sqlite` in `directory`.
    public init(directory: String) throws(StoreError) {
        path = directory + "/state.sqlite"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError(code: .cannotOpen, path: path, message: "cannot create the state folder", cause: error)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A one-shot fetch and the daemon may share the file; wait for the
        // other writer's short transaction instead of failing at once.
        configuration.busyMode = .timeout(TimeInterval(Self.openingPatience.components.seconds))
        // In WAL mode NORMAL still keeps the file consistent across a crash
        // or a kill; only the last transactions may be lost on power failure,
        // and those are refetched. FULL would fsync on every feed's commit.
        configuration.prepareDatabase { db in
            // Takes effect only while the file is still empty. A first cycle
            // writes each page several times over in the log as its batches
            // commit; at 16 KiB a page, the same bytes cost a third of the
            // writes and a quarter of the reads they took at SQLite's 4 KiB.
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A checkpoint syncs the file and blocks the writer; the default
            // (every 1,000 pages of log) stopped a first cycle's item writes dozens
            // of times. Counted in pages, whose size an older file keeps.
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? Self.pageSize
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.logBytesBetweenCheckpoints / pageSize)")
        }
        do {
            pool = try Self.openPool(path: path, configuration: configuration)
            try Self.migrate(pool)
        } catch {
            throw StoreError(code: .cannotOpen, path: path, message: "\(error)", cause: error)
        }
    }

    /// Frees SQLite's page and statement caches and closes the idle reader
    /// connections (reopened when next needed).
    public func releaseMemory() {
        pool.releaseMemory()
    }

    /// Opens the pool, waiting out another opener that is turning a new file
    /// to WAL mode (which takes a lock the busy timeout does not cover) for
    /// as long as that timeout would wait.
    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        let deadline = ContinuousClock.now + openingPatience
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    private static let openingPatience = Duration.seconds(10)

    /// The page size of a new state file, in bytes.
    private static let pageSize = 16_384
    private static let logBytesBetweenCheckpoints = 64 << 20

    /// Brings the schema up to date. The migrator decides what to create
    /// before it takes the write lock, so a second opener of a new file (a
    /// `fetch` beside a starting daemon, a readiness probe) can find tables
    /// made meanwhile: while another opener keeps applying migrations, decide again.
    private static func migrate(_ pool: DatabasePool) throws {
        var applied = try pool.read { try migrator.appliedIdentifiers($0) }
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                let nowApplied = try pool.read { try migrator.appliedIdentifiers($0) }
                guard nowApplied.count > applied.count else { throw error }
                applied = nowApplied
            }
        }
    }

    /// Runs `body`, turning any database failure into a ``StoreError`` naming this file.
    private func perform<T>(_ what: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .queryFailed, path: path, message: "\(what): \(error)", cause: error)
        }
    }

    // MARK: Feeds

    /// Makes the stored feeds match the subscriptions (keyed by subscribed URL):
    /// new ones are added, titles refreshed, unsubscribed ones removed with their
    /// items. Returns the feeds in subscription order.
    public func syncSubscriptions(_ subscriptions: [Subscription]) throws(StoreError) -> [FeedRecord] {
        try perform("syncing subscriptions") {
            try pool.write { db in
                // One read of every feed, then writes only for what differs:
                // a warm cycle over thousands of feeds should not rewrite them all.
                var stored: [String: FeedRecord] = [:]
                for feed in try Array(Row.fetchCursor(db, sql: "SELECT \(FeedRecord.columns) FROM feed").map(FeedRecord.init(row:))) {
                    stored[feed.subscribedURL] = feed
                }
                let wanted = Set(subscriptions.map(\.url))
                for feed in stored.values where !wanted.contains(feed.subscribedURL) {
                    try db.execute(sql: "DELETE FROM item WHERE feed_id = ?", arguments: [feed.id])
                    try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [feed.id])
                }
                var feeds: [FeedRecord] = []
                for subscription in subscriptions {
                    if let feed = stored[subscription.url],
                        feed.title == subscription.title, subscription.siteLink == nil || feed.siteLink == subscription.siteLink
                    {
                        feeds.append(feed)
                        continue
                    }
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO feed (subscribed_url, url, title, site_link) VALUES (?, ?, ?, ?)
                            ON CONFLICT(subscribed_url) DO UPDATE SET title = excluded.title,
                                site_link = COALESCE(excluded.site_link, feed.site_link)
                            """
                    ).execute(
                        arguments: [subscription.url, subscription.url, subscription.title, subscription.siteLink]
                    )
                    let statement = try db.cachedStatement(sql: "SELECT \(FeedRecord.columns) FROM feed WHERE subscribed_url = ?")
                    if let row = try Row.fetchOne(statement, arguments: [subscription.url]) {
                        feeds.append(FeedRecord(row: row))
                    }
                }
                return feeds
            }
        }
    }

    public func feeds() throws(StoreError) -> [FeedRecord] {
        try perform("reading feeds") {
            try pool.read { db in
                try Array(Row.fetchCursor(db, sql: "SELECT \(FeedRecord.columns) FROM feed ORDER BY id").map(FeedRecord.init(row:)))
            }
        }
    }

    /// Stores feeds' fetch state and the new items they brought, already
    /// placed in stories, with the stories those create, in one transaction:
    /// a crash leaves all of it or none, so a feed's validators are never
    /// stored without its items. The items are placed before, outside the
    /// transaction, so a caller can place the next feeds' items while these are
    /// written. None of the items may be stored yet: the caller found them with
    /// ``unseen(_:)`` and is the only writer of their feeds.
    ///
    /// Each commit rewrites every index page it touched, and new items touch
    /// pages all over the item and story indexes: on the 1,000-feed bench set,
    /// committing eight feeds' items at a time wrote half the bytes, and cost
    /// 40 % less CPU, than one commit per feed.
    public func save(_ feeds: [FeedRecord], adding items: [(item: ItemRecord, placement: StoryPlacement)]) throws(StoreError) {
        guard !feeds.isEmpty || !items.isEmpty else { return }
        try perform("saving \(feeds.count) feeds and \(items.count) new items") {
            try pool.write { db in
                for (item, placement) in items { try Self.insert(item, placedBy: placement, in: db) }
                for feed in feeds { try Self.update(feed, in: db) }
            }
        }
    }

    private static func update(_ feed: FeedRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE feed SET url = ?, title = ?, site_link = ?, etag = ?, last_modified = ?, body_hash = ?,
                    last_status = ?, last_error = ?, consecutive_failures = ?, last_checked = ?, next_check = ?,
                    last_unconditional = ?, is_gone = ?, pending_redirect = ?, pending_redirect_count = ?
                WHERE id = ?
                """
        ).execute(
            arguments: [
                feed.url, feed.title, feed.siteLink, feed.etag, feed.lastModified, feed.bodyHash,
                feed.lastStatus, feed.lastError, feed.consecutiveFailures, feed.lastChecked?.secondsSince1970,
                feed.nextCheck?.secondsSince1970, feed.lastUnconditional?.secondsSince1970, feed.isGone,
                feed.pendingRedirect, feed.pendingRedirectCount, feed.id,
            ]
        )
    }

    // MARK: Items and stories

    /// Those of `items` not stored yet, for the caller to place and store with
    /// ``save(_:adding:)``: a cheap read that spares the caller any work (such
    /// as loading the story index) when a feed changed but brought nothing new.
    public func unseen(_ items: [ItemRecord]) throws(StoreError) -> [ItemRecord] {
        try perform("looking up items") {
            try pool.read { db in
                try items.filter { item in
                    !(try Self.isStored(item, in: db))
                }
            }
        }
    }

    /// Writes the item as a member of its placement's story, creating the story
    /// first when the item is its first member.
    private static func insert(_ item: ItemRecord, placedBy placement: StoryPlacement, in db: Database) throws {
        var item = item
        item.storyID = placement.storyID
        item.merge = placement.merge
        let seen = item.firstSeen.secondsSince1970
        if let story = placement.storyToCreate {
            // One statement instead of an insert and then the update below: a
            // first cycle creates a story for nearly every item, and the update
            // looked each one up again by its id. A story already stored (a seed
            // story, or one written before a crash) is updated as a joined one is.
            try db.cachedStatement(
                sql: """
                    INSERT INTO story (id, title, published, updated, is_known, lead_item_id, article_path)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET updated = MAX(updated, ?), page_is_current = 0
                    """
            ).execute(
                arguments: [
                    story.id, story.title, story.published.secondsSince1970, max(story.updated.secondsSince1970, seen),
                    story.isKnown, story.leadItemID, story.articlePath, seen,
                ]
            )
        } else {
            try db.cachedStatement(
                sql: "UPDATE story SET updated = MAX(updated, ?), page_is_current = 0 WHERE id = ?"
            ).execute(arguments: [seen, placement.storyID])
        }
        try insert(item, in: db)
    }

    private static func isStored(_ item: ItemRecord, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM item WHERE feed_id = ? AND key = ?)"),
            arguments: [item.feedID, item.key]
        ) ?? false
    }

    /// The story's serial is found again by the story's id, in the insert,
    /// rather than returned by the statement that wrote the story just before:
    /// `RETURNING serial` read through GRDB cost 26k instructions per item
    /// (callgrind, cold cycle of 250 feeds: +3.5 %), a second search of a
    /// cached index far less.
    private static func insert(_ item: ItemRecord, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO item (id, feed_id, key, title, link, author, body, body_is_html, published, first_seen,
                    story_serial, merge_method, merge_score, merge_terms, merge_matched_item)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT serial FROM story WHERE id = ?), ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                item.id, item.feedID, item.key, item.title, item.link, item.author, item.body, item.bodyIsHTML,
                item.published?.secondsSince1970, item.firstSeen.secondsSince1970, item.storyID,
                item.merge?.method, item.merge?.score, item.merge?.sharedTerms.joined(separator: " "),
                item.merge?.matchedItemID,
            ]
        )
    }

    /// Every stored item first seen at or after `since` (all when nil), oldest
    /// first, at once: for a look at a small store (`forEachItem` is the way through a large one).
    public func items(firstSeenSince since: Timestamp? = nil) throws(StoreError) -> [ItemRecord] {
        var items: [ItemRecord] = []
        try forEachItem(firstSeenSince: since) { item in
            items.append(item)
            return true
        }
        return items
    }

    /// Visits the items first seen at or after `since`, oldest first, one at a
    /// time: rebuilding the story index of a large store must not hold every
    /// body in memory at once. `visit` returns false to stop.
    public func forEachItem(firstSeenSince since: Timestamp? = nil, _ visit: (ItemRecord) -> Bool) throws(StoreError) {
        try perform("reading items") {
            try pool.read { db in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT \(ItemRecord.columns) FROM \(ItemRecord.joinedTables)
                        WHERE item.first_seen >= ? ORDER BY \(ItemRecord.firstSeenOrder)
                        """,
                    arguments: [since?.secondsSince1970 ?? Int64.min]
                )
                while let row = try rows.next(), visit(ItemRecord(row: row)) {}
            }
        }
    }

    /// When the feed's newest items were published (first seen, for undated
    /// ones): how often the feed really publishes sets its schedule.
    public func recentItemTimes(ofFeed feedID: Int64, limit: Int) throws(StoreError) -> [Timestamp] {
        try perform("reading item times") {
            try pool.read { db in
                try Int64.fetchAll(
                    db,
                    sql: "SELECT COALESCE(published, first_seen) AS at FROM item WHERE feed_id = ? ORDER BY at DESC LIMIT ?",
                    arguments: [feedID, limit]
                ).map { Timestamp(secondsSince1970: $0) }
            }
        }
    }

    /// The stories with the newest first reports, with their members: what
    /// `aggregator stories` lists.
    public func stories(includeKnown: Bool, limit: Int) throws(StoreError) -> [StoredStory] {
        try visibleStories(includeKnown: includeKnown, limit: limit, orderedBy: "published DESC, id")
    }

    /// How many stories were ever created, seed stories and emptied ones included:
    /// the length of the discovery order that archive pages are cut from. The
    /// largest serial is that count (see ``stories(atDiscoveryPositions:)``) and,
    /// unlike COUNT(*), needs no pass over the table.
    public func storyCount() throws(StoreError) -> Int {
        try perform("counting stories") {
            try pool.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(serial), 0) FROM story") ?? 0 }
        }
    }

    /// How many stories ``stories(includeKnown:limit:)`` returns, counted
    /// without sorting or reading them: the daemon's status line after every
    /// cycle, where that read scanned and sorted every story.
    public func visibleStoryCount(includeKnown: Bool, limit: Int) throws(StoreError) -> Int {
        try perform("counting stories") {
            try pool.read { db in
                try Int.fetchOne(
                    db,
                    sql: "SELECT COUNT(*) FROM (SELECT 1 FROM story WHERE \(Self.visibleStoryCondition) LIMIT ?)",
                    arguments: [includeKnown, limit]
                ) ?? 0
            }
        }
    }

    /// The stories at `positions` of the discovery order (oldest first, every story
    /// counted, visible or not), with their members. Story rows are only ever added,
    /// so a story keeps its position and a slice of this order is a stable archive page.
    ///
    /// A position is the story's serial less one: SQLite numbers the rows of a
    /// table none is deleted from 1, 2, 3…, so a page is a range of the primary
    /// key, read without stepping over every row before it.
    public func stories(atDiscoveryPositions positions: Range<Int>) throws(StoreError) -> [StoredStory] {
        try perform("reading stories by discovery") {
            try pool.read { db in
                try Self.storiesWithMembers(
                    selectedBy: "WHERE serial > ? AND serial <= ? ORDER BY serial",
                    arguments: [positions.lowerBound, positions.upperBound], in: db
                )
            }
        }
    }

    /// The most recently discovered stories that have members (and are not seed
    /// stories, unless `includeKnown`), newest first: what the subscription feed shows.
    public func newestStories(includeKnown: Bool, limit: Int) throws(StoreError) -> [StoredStory] {
        try visibleStories(includeKnown: includeKnown, limit: limit, orderedBy: "serial DESC")
    }

    /// Which stories are shown: those with members, seed stories only when its
    /// one argument (`includeKnown`) is true.
    private static let visibleStoryCondition =
        "(is_known = 0 OR ?) AND EXISTS (SELECT 1 FROM item WHERE item.story_serial = story.serial)"

    /// Stories that have members, seed stories only with `includeKnown`.
    /// - Parameter order: an ORDER BY clause of our own, never user input.
    private func visibleStories(includeKnown: Bool, limit: Int, orderedBy order: String) throws(StoreError) -> [StoredStory] {
        try perform("reading stories") {
            try pool.read { db in
                try Self.storiesWithMembers(
                    selectedBy: "WHERE \(Self.visibleStoryCondition) ORDER BY \(order) LIMIT ?",
                    arguments: [includeKnown, limit], in: db
                )
            }
        }
    }

    /// Discovery positions (see ``stories(atDiscoveryPositions:)``) of the
    /// stories whose pages are outdated: the archive pages that need rendering.
    public func discoveryPositionsOfOutdatedPages() throws(StoreError) -> [Int] {
        try perform("finding changed stories") {
            try pool.read { db in
                try Int.fetchAll(db, sql: "SELECT serial - 1 FROM story WHERE page_is_current = 0 ORDER BY serial")
            }
        }
    }

    /// Stories created or joined since the last ``markPagesCurrent(fingerprint:at:)``.
    public func storiesWithOutdatedPages() throws(StoreError) -> Set<String> {
        try perform("finding changed stories") {
            try pool.read { db in
                Set(try String.fetchAll(db, sql: "SELECT id FROM story WHERE page_is_current = 0"))
            }
        }
    }

    /// The fingerprint of the settings the output folder was last rendered
    /// with; nil before the first publication.
    public func outputFingerprint() throws(StoreError) -> String? {
        try perform("reading the output mark") {
            try pool.read { db in try String.fetchOne(db, sql: "SELECT fingerprint FROM output_mark WHERE id = 1") }
        }
    }

    /// Records a finished publication: every story's page is current, rendered
    /// with the settings of `fingerprint`. Cycles hold the state folder's lock,
    /// so no story changes between rendering and this; a crash before it only
    /// means the next cycle renders the same pages again.
    public func markPagesCurrent(fingerprint: String, at time: Timestamp) throws(StoreError) {
        try perform("saving the output mark") {
            try pool.write { db in
                try db.execute(sql: "UPDATE story SET page_is_current = 1 WHERE page_is_current = 0")
                try db.execute(
                    sql: """
                        INSERT INTO output_mark (id, published_through, fingerprint) VALUES (1, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET published_through = excluded.published_through,
                            fingerprint = excluded.fingerprint
                        """,
                    arguments: [time.secondsSince1970, fingerprint]
                )
            }
        }
    }

    /// The stories a clause of our own selects (`WHERE … ORDER BY …`, over the
    /// `story` table), with their members and only the feeds those name.
    ///
    /// The serials of the stories read go to the next query as one JSON array, so each
    /// statement has the same text whatever the number of stories and is prepared
    /// once per connection: a first publication reads thousands of archive pages,
    /// and preparing statements with a placeholder per story took a fifth of that.
    /// Only the first member of a story comes with its body (see ``StoredStory/members``):
    /// a daemon re-renders every archive page a joining report touches, and the
    /// other members' bodies were most of what it read and held, for no output.
    private static func storiesWithMembers(
        selectedBy selection: String, arguments: StatementArguments, in db: Database
    ) throws -> [StoredStory] {
        let stories = try Array(Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(StoryRecord.columns), (
                        SELECT body FROM item WHERE item.story_serial = story.serial
                        ORDER BY \(ItemRecord.firstSeenOrder) LIMIT 1
                    ), serial FROM story \(selection)
                    """
            ),
            arguments: arguments
        ).map { row -> (record: StoryRecord, leadBody: String?, serial: Int64) in
            (StoryRecord(row: row), row[StoryRecord.columnCount], row[StoryRecord.columnCount + 1])
        })
        guard !stories.isEmpty else { return [] }
        let membersByStory = try Dictionary(
            grouping: Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(ItemRecord.columns(body: "NULL")) FROM \(ItemRecord.joinedTables)
                        WHERE item.story_serial IN (SELECT value FROM json_each(?))
                        ORDER BY \(ItemRecord.firstSeenOrder)
                        """
                ),
                arguments: [jsonArray(stories.map(\.serial))]
            ).map(ItemRecord.init(row:))
        ) { $0.storyID ?? "" }
        let feeds: [Int64: FeedRecord] = try Dictionary(
            uniqueKeysWithValues: Row.fetchCursor(
                db.cachedStatement(sql: "SELECT \(FeedRecord.columns) FROM feed WHERE id IN (SELECT value FROM json_each(?))"),
                arguments: [jsonArray(Array(Set(membersByStory.values.joined().map(\.feedID))))]
            ).map {
                let feed = FeedRecord(row: $0)
                return (feed.id, feed)
            }
        )
        return stories.map { story, leadBody, _ in
            var members = membersByStory[story.id] ?? []
            if !members.isEmpty { members[0].body = leadBody }
            return StoredStory(story: story, members: members, feeds: feeds)
        }
    }

    private static func jsonArray(_ numbers: [Int64]) -> String {
        "[" + numbers.map(String.init).joined(separator: ",") + "]"
    }

    public func itemCount() throws(StoreError) -> Int {
        try perform("counting items") {
            try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM item") ?? 0 }
        }
    }
}
