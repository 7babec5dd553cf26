import GRDB

extension FeedStore {
    /// Every schema change is a new named migration appended here, so a state
    /// folder written by an older release is upgraded in place.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE feed (
                    id INTEGER PRIMARY KEY,
                    subscribed_url TEXT NOT NULL UNIQUE,
                    url TEXT NOT NULL,
                    title TEXT NOT NULL,
                    site_link TEXT,
                    etag TEXT,
                    last_modified TEXT,
                    body_hash TEXT,
                    last_status INTEGER,
                    last_error TEXT,
                    consecutive_failures INTEGER NOT NULL DEFAULT 0,
                    last_checked INTEGER,
                    next_check INTEGER,
                    last_unconditional INTEGER,
                    is_gone INTEGER NOT NULL DEFAULT 0,
                    pending_redirect TEXT,
                    pending_redirect_count INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE story (
                    id TEXT PRIMARY KEY,
                    title TEXT NOT NULL,
                    published INTEGER NOT NULL,
                    updated INTEGER NOT NULL,
                    is_known INTEGER NOT NULL,
                    lead_item_id TEXT,
                    article_path TEXT NOT NULL
                );
                CREATE INDEX story_by_published ON story(is_known, published DESC);
                CREATE TABLE item (
                    id TEXT PRIMARY KEY,
                    feed_id INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    title TEXT NOT NULL,
                    link TEXT,
                    author TEXT,
                    body TEXT,
                    body_is_html INTEGER NOT NULL,
                    published INTEGER,
                    first_seen INTEGER NOT NULL,
                    story_id TEXT REFERENCES story(id),
                    merge_method TEXT,
                    merge_score REAL,
                    merge_terms TEXT,
                    merge_matched_item TEXT,
                    UNIQUE (feed_id, key)
                );
                CREATE INDEX item_by_story ON item(story_id);
                CREATE INDEX item_by_first_seen ON item(first_seen);
                """)
        }
        migrator.registerMigration("v2: output mark") { db in
            try db.execute(sql: """
                CREATE TABLE output_mark (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    published_through INTEGER NOT NULL,
                    fingerprint TEXT NOT NULL
                );
                """)
        }
        // Pages are tracked per story rather than by time: a cycle starting in
        // the second a publication ended must not have its changes taken for
        // already rendered, nor the whole last second rendered again.
        // The index lets the schedule read a feed's item times without
        // touching the rows, whose bodies make a warm cycle read the whole file.
        migrator.registerMigration("v3: page currency, item times by feed") { db in
            try db.execute(sql: """
                ALTER TABLE story ADD COLUMN page_is_current INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX story_page_outdated ON story(page_is_current) WHERE page_is_current = 0;
                CREATE INDEX item_times_by_feed ON item(feed_id, published, first_seen);
                """)
        }
        // No query read it: the listing by date tests each story's visibility
        // first, which the index cannot answer, and every new story paid an insert.
        migrator.registerMigration("v4: no story index by date") { db in
            try db.execute(sql: "DROP INDEX story_by_published")
        }
        // Items were found by their text ids, and members by their story's text
        // id: hashes, so every commit of a first cycle put its new index entries
        // on leaves all over both indexes and wrote most of those leaves to the
        // log again (200k page writes and 140k reads for 35k items). A story is
        // now keyed by a serial number that grows with discovery (its rowid,
        // kept, so it is also its discovery position plus one), and new index
        // entries land on the last leaves. An item's text id stays a column
        // without an index: (feed_id, key) identifies an item, and no query looks
        // one up by its id.
        migrator.registerMigration("v5: stories keyed by discovery, item ids unindexed") { db in
            try db.execute(sql: """
                CREATE TABLE new_story (
                    serial INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    published INTEGER NOT NULL,
                    updated INTEGER NOT NULL,
                    is_known INTEGER NOT NULL,
                    lead_item_id TEXT,
                    article_path TEXT NOT NULL,
                    page_is_current INTEGER NOT NULL DEFAULT 0
                );
                INSERT INTO new_story (serial, id, title, published, updated, is_known, lead_item_id, article_path,
                    page_is_current)
                SELECT rowid, id, title, published, updated, is_known, lead_item_id, article_path, page_is_current
                FROM story;
                CREATE TABLE new_item (
                    id TEXT NOT NULL,
                    feed_id INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
                    key TEXT NOT NULL,
                    title TEXT NOT NULL,
                    link TEXT,
                    author TEXT,
                    body TEXT,
                    body_is_html INTEGER NOT NULL,
                    published INTEGER,
                    first_seen INTEGER NOT NULL,
                    story_serial INTEGER REFERENCES story(serial),
                    merge_method TEXT,
                    merge_score REAL,
                    merge_terms TEXT,
                    merge_matched_item TEXT,
                    UNIQUE (feed_id, key)
                );
                INSERT INTO new_item (rowid, id, feed_id, key, title, link, author, body, body_is_html, published,
                    first_seen, story_serial, merge_method, merge_score, merge_terms, merge_matched_item)
                SELECT item.rowid, item.id, item.feed_id, item.key, item.title, item.link, item.author, item.body,
                    item.body_is_html, item.published, item.first_seen, new_story.serial, item.merge_method,
                    item.merge_score, item.merge_terms, item.merge_matched_item
                FROM item LEFT JOIN new_story ON new_story.id = item.story_id;
                DROP TABLE item;
                DROP TABLE story;
                ALTER TABLE new_story RENAME TO story;
                ALTER TABLE new_item RENAME TO item;
                CREATE INDEX story_page_outdated ON story(page_is_current) WHERE page_is_current = 0;
                CREATE INDEX item_by_story ON item(story_serial);
                CREATE INDEX item_by_first_seen ON item(first_seen);
                CREATE INDEX item_times_by_feed ON item(feed_id, published, first_seen);
                """)
        }
        return migrator
    }
}
