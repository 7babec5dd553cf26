import ExternalTool
import Foundation
import Store
import Synchronization
import Testing
import Timestamps

@Suite("FeedStore")
final class FeedStoreTests {
    let folder: String
    let store: FeedStore

    init() throws {
        folder = NSTemporaryDirectory() + "aggregator-store-\(UUID().uuidString)"
        store = try FeedStore(directory: folder)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func item(_ key: String, feed: Int64, story: String? = nil) -> ItemRecord {
        ItemRecord(
            id: "item-\(feed)-\(key)", feedID: feed, key: key, title: "Title \(key)",
            published: Timestamp(secondsSince1970: 1_715_000_000), firstSeen: Timestamp(secondsSince1970: 1_716_000_000)
        )
    }

    private func newStory(for item: ItemRecord) -> StoryPlacement {
        StoryPlacement(
            storyID: item.id, merge: nil,
            storyToCreate: StoryRecord(
                id: item.id, title: item.title, published: item.effectiveDate, updated: item.firstSeen,
                isKnown: false, leadItemID: item.id, articlePath: "articles/\(item.key).html"
            ),
            isKnownStory: false
        )
    }

    /// Stores those of `items` the store has not seen, each placed by `place`,
    /// the way the cycle does: ``FeedStore/unseen(_:)``, then ``FeedStore/save(_:adding:)``.
    private func storeNew(_ items: [ItemRecord], placedBy place: (ItemRecord) -> StoryPlacement) throws {
        try store.save([], adding: try store.unseen(items).map { ($0, place($0)) })
    }

    /// Runs `script` in python3 with `database` opened by its sqlite3 module as
    /// `d` and `arguments` from `sys.argv[2]` on: files as another program, or
    /// an older release, wrote and reads them. Returns what it printed, trimmed.
    private func sqlite(_ script: String, on database: String, arguments: [String] = []) throws -> String {
        let python = try #require(ExternalTool.find("python3"))
        let result = try python.run(
            ["-c", "import sqlite3, sys; d = sqlite3.connect(sys.argv[1]); " + script, database] + arguments
        )
        try #require(result.status == 0, "python3 failed: \(result.output)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func subscriptionsAreAddedKeptAndRemoved() throws {
        let first = try store.syncSubscriptions([
            Subscription(url: "https://a.example/feed", title: "A"),
            Subscription(url: "https://b.example/feed", title: "B"),
        ])
        #expect(first.map(\.title) == ["A", "B"])
        var a = first[0]
        a.etag = "\"v1\""
        try store.save([a], adding: [])

        let second = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A renamed")])
        #expect(second.count == 1)
        #expect(second[0].id == a.id)
        #expect(second[0].etag == "\"v1\"", "syncing must keep what polling learnt")
        #expect(second[0].title == "A renamed")
        #expect(try store.feeds().count == 1)
    }

    @Test func anItemSeenAgainIsNotNew() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        let first = try store.unseen([item("1", feed: feed.id), item("2", feed: feed.id)])
        #expect(first.map(\.key) == ["1", "2"])
        try store.save([], adding: first.map { ($0, newStory(for: $0)) })

        let again = try store.unseen([item("2", feed: feed.id), item("3", feed: feed.id)])
        #expect(again.map(\.key) == ["3"], "only new items reach the engine")
        try store.save([], adding: again.map { ($0, newStory(for: $0)) })
        #expect(try store.itemCount() == 3)
    }

    @Test func joiningAStoryMovesItsUpdatedTimeAndKeepsTheReason() throws {
        let feeds = try store.syncSubscriptions([
            Subscription(url: "https://a.example/feed", title: "A"),
            Subscription(url: "https://b.example/feed", title: "B"),
        ])
        let lead = item("x", feed: feeds[0].id)
        try storeNew([lead]) { newStory(for: $0) }
        var joiner = item("y", feed: feeds[1].id)
        joiner.firstSeen = Timestamp(secondsSince1970: 1_716_100_000)
        let merge = MergeRecord(method: "similarWording", score: 0.5, sharedTerms: ["oman", "talks"], matchedItemID: lead.id)
        try storeNew([joiner]) { _ in
            StoryPlacement(storyID: lead.id, merge: merge, storyToCreate: nil, isKnownStory: false)
        }

        let stories = try store.stories(includeKnown: false, limit: 10)
        #expect(stories.count == 1)
        #expect(stories[0].members.map(\.key) == ["x", "y"])
        #expect(stories[0].members[1].merge == merge)
        #expect(stories[0].story.updated == joiner.firstSeen)
        #expect(try store.items().map(\.storyID) == [lead.id, lead.id])
    }

    /// Every report of a seed story comes with the story's record, since the
    /// cycle cannot know whether an earlier one stored it: a record already
    /// stored is updated as a joined story is, its page outdated again.
    @Test func aStoryStoredBeforeIsJoinedWhenItsRecordComesAgain() throws {
        let feeds = try store.syncSubscriptions([
            Subscription(url: "https://a.example/feed", title: "A"),
            Subscription(url: "https://b.example/feed", title: "B"),
        ])
        func seedStory(updated: Timestamp) -> StoryPlacement {
            StoryPlacement(
                storyID: "seed:001_a.txt", merge: nil,
                storyToCreate: StoryRecord(
                    id: "seed:001_a.txt", title: "Talks in Oman", published: Timestamp(secondsSince1970: 1_715_000_000),
                    updated: updated, isKnown: true, leadItemID: nil, articlePath: "articles/seed.html"
                ),
                isKnownStory: true
            )
        }
        let first = item("1", feed: feeds[0].id)
        try storeNew([first]) { seedStory(updated: $0.firstSeen) }
        try store.markPagesCurrent(fingerprint: "f1", at: first.firstSeen)
        var second = item("2", feed: feeds[1].id)
        second.firstSeen = Timestamp(secondsSince1970: 1_716_100_000)
        try storeNew([second]) { _ in seedStory(updated: first.firstSeen) }

        let stories = try store.stories(includeKnown: true, limit: 10)
        #expect(stories.map(\.story.id) == ["seed:001_a.txt"])
        #expect(stories[0].members.map(\.key) == ["1", "2"])
        #expect(stories[0].story.updated == second.firstSeen)
        #expect(try store.storiesWithOutdatedPages() == ["seed:001_a.txt"])
    }

    /// Archive pages pass the ids they read to the next query as JSON: an id
    /// any JSON would have to escape still finds its members.
    @Test func storiesWhoseIDsNeedEscapingKeepTheirMembers() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        let odd = "seed:quote\"back\\slash\u{1}tab\t.txt"
        var lead = item("1", feed: feed.id)
        lead.body = "lead body"
        try storeNew([lead]) { item in
            StoryPlacement(
                storyID: odd, merge: nil,
                storyToCreate: StoryRecord(
                    id: odd, title: "Odd", published: item.effectiveDate, updated: item.firstSeen, isKnown: false,
                    leadItemID: item.id, articlePath: "articles/odd.html"
                ),
                isKnownStory: false
            )
        }
        let page = try store.stories(atDiscoveryPositions: 0..<1)
        #expect(page.map(\.story.id) == [odd])
        #expect(page.first?.members.map(\.body) == ["lead body"])
        #expect(page.first?.feeds[feed.id]?.title == "A")
    }

    /// A state folder of the release before the story index by date was
    /// dropped (made here by putting the index and its migration's absence
    /// back) opens, loses the index and keeps its stories.
    @Test(.enabled(if: ExternalTool.find("python3") != nil, "python3 is not installed"))
    func aStateFileOfTheReleaseBeforeIsUpgradedInPlace() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        try storeNew([item("1", feed: feed.id)]) { newStory(for: $0) }
        let database = folder + "/state.sqlite"
        func run(_ script: String) throws -> String { try sqlite(script, on: database) }
        let countIndex = "print(d.execute(\"SELECT COUNT(*) FROM sqlite_master WHERE name = 'story_by_published'\").fetchone()[0])"
        #expect(try run(countIndex) == "0")
        _ = try run("""
            d.execute('CREATE INDEX story_by_published ON story(is_known, published DESC)'); \
            d.execute("DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%'"); d.commit()
            """)
        #expect(try run(countIndex) == "1")

        let reopened = try FeedStore(directory: folder)
        #expect(try run(countIndex) == "0")
        #expect(try reopened.stories(includeKnown: false, limit: 10).map { $0.members.map(\.key) } == [["1"]])
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil, "python3 is not installed"))
    func aNewStateFileHasLargePages() throws {
        _ = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])
        #expect(try sqlite("print(d.execute('PRAGMA page_size').fetchone()[0])", on: folder + "/state.sqlite") == "16384")
    }

    /// A state folder of the release before stories were keyed by serial
    /// numbers (schema v4, written here by python3's sqlite3) opens with its
    /// stories in their discovery order, not their ids' order, each with its
    /// members and its lead's body, and goes on taking items.
    @Test(.enabled(if: ExternalTool.find("python3") != nil, "python3 is not installed"))
    func aStateFileWithTextStoryKeysIsUpgradedInPlace() throws {
        let legacy = folder + "-v4"
        defer { try? FileManager.default.removeItem(atPath: legacy) }
        try FileManager.default.createDirectory(atPath: legacy, withIntermediateDirectories: true)
        let schema = """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v1'), ('v2: output mark'),
                ('v3: page currency, item times by feed'), ('v4: no story index by date');
            CREATE TABLE feed (id INTEGER PRIMARY KEY, subscribed_url TEXT NOT NULL UNIQUE, url TEXT NOT NULL,
                title TEXT NOT NULL, site_link TEXT, etag TEXT, last_modified TEXT, body_hash TEXT,
                last_status INTEGER, last_error TEXT, consecutive_failures INTEGER NOT NULL DEFAULT 0,
                last_checked INTEGER, next_check INTEGER, last_unconditional INTEGER,
                is_gone INTEGER NOT NULL DEFAULT 0, pending_redirect TEXT,
                pending_redirect_count INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE story (id TEXT PRIMARY KEY, title TEXT NOT NULL, published INTEGER NOT NULL,
                updated INTEGER NOT NULL, is_known INTEGER NOT NULL, lead_item_id TEXT, article_path TEXT NOT NULL,
                page_is_current INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE item (id TEXT PRIMARY KEY, feed_id INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
                key TEXT NOT NULL, title TEXT NOT NULL, link TEXT, author TEXT, body TEXT,
                body_is_html INTEGER NOT NULL, published INTEGER, first_seen INTEGER NOT NULL,
                story_id TEXT REFERENCES story(id), merge_method TEXT, merge_score REAL, merge_terms TEXT,
                merge_matched_item TEXT, UNIQUE (feed_id, key));
            CREATE INDEX item_by_story ON item(story_id);
            CREATE INDEX item_by_first_seen ON item(first_seen);
            CREATE TABLE output_mark (id INTEGER PRIMARY KEY CHECK (id = 1), published_through INTEGER NOT NULL,
                fingerprint TEXT NOT NULL);
            CREATE INDEX story_page_outdated ON story(page_is_current) WHERE page_is_current = 0;
            CREATE INDEX item_times_by_feed ON item(feed_id, published, first_seen);
            INSERT INTO feed (id, subscribed_url, url, title)
                VALUES (1, 'https://a.example/feed', 'https://a.example/feed', 'A');
            INSERT INTO story VALUES ('item-1-b', 'Title b', 150, 150, 0, 'item-1-b', 'articles/b.html', 1);
            INSERT INTO story VALUES ('item-1-a', 'Title a', 100, 200, 0, 'item-1-a', 'articles/a.html', 1);
            INSERT INTO item (id, feed_id, key, title, body, body_is_html, first_seen, story_id)
                VALUES ('item-1-a', 1, 'a', 'Title a', 'a body', 0, 100, 'item-1-a');
            INSERT INTO item (id, feed_id, key, title, body, body_is_html, first_seen, story_id, merge_method,
                    merge_score, merge_terms, merge_matched_item)
                VALUES ('item-1-c', 1, 'c', 'Title c', 'c body', 0, 200, 'item-1-a', 'similarWording', 0.5,
                    'oman talks', 'item-1-a');
            INSERT INTO item (id, feed_id, key, title, body, body_is_html, first_seen, story_id)
                VALUES ('item-1-b', 1, 'b', 'Title b', 'b body', 0, 150, 'item-1-b');
            """
        _ = try sqlite("d.executescript(sys.argv[2])", on: legacy + "/state.sqlite", arguments: [schema])

        let upgraded = try FeedStore(directory: legacy)
        let stories = try upgraded.stories(atDiscoveryPositions: 0..<2)
        #expect(stories.map(\.story.id) == ["item-1-b", "item-1-a"])
        #expect(stories.map { $0.members.map(\.id) } == [["item-1-b"], ["item-1-a", "item-1-c"]])
        #expect(stories.map { $0.members.map(\.storyID) } == [["item-1-b"], ["item-1-a", "item-1-a"]])
        #expect(stories.map { $0.members.map(\.body) } == [["b body"], ["a body", nil]])
        #expect(stories[1].members[1].merge?.sharedTerms == ["oman", "talks"])
        #expect(try upgraded.unseen([item("a", feed: 1), item("d", feed: 1)]).map(\.key) == ["d"])

        let joiner = StoryPlacement(storyID: "item-1-b", merge: nil, storyToCreate: nil, isKnownStory: false)
        try upgraded.save([], adding: [(item("d", feed: 1), joiner)])
        #expect(try upgraded.stories(atDiscoveryPositions: 0..<1).map { $0.members.map(\.id) } == [["item-1-b", "item-1-d"]])
        #expect(try upgraded.discoveryPositionsOfOutdatedPages() == [0])
    }

    @Test func onlyEachStorysLeadIsReadWithItsBody() throws {
        let feeds = try store.syncSubscriptions([
            Subscription(url: "https://a.example/feed", title: "A"),
            Subscription(url: "https://b.example/feed", title: "B"),
        ])
        var leads = [item("x", feed: feeds[0].id), item("z", feed: feeds[0].id)]
        for index in leads.indices { leads[index].body = "lead \(index)" }
        try storeNew(leads) { newStory(for: $0) }
        for (index, lead) in leads.enumerated() {
            var joiner = item("j\(index)", feed: feeds[1].id)
            joiner.body = "joiner \(index)"
            joiner.firstSeen = Timestamp(secondsSince1970: 1_716_100_000)
            try storeNew([joiner]) { _ in StoryPlacement(storyID: lead.id, merge: nil, storyToCreate: nil, isKnownStory: false) }
        }

        for stories in [try store.stories(includeKnown: false, limit: 10), try store.stories(atDiscoveryPositions: 0..<2)] {
            #expect(Set(stories.map { $0.members.map(\.body) }) == [["lead 0", nil], ["lead 1", nil]])
        }
    }

    @Test func knownStoriesArePublishedOnlyWhenAskedFor() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        try storeNew([item("s", feed: feed.id)]) { item in
            StoryPlacement(
                storyID: "seed:000.txt",
                merge: MergeRecord(method: "seed", score: 0.3, sharedTerms: ["oman"], matchedItemID: "000.txt"),
                storyToCreate: StoryRecord(
                    id: "seed:000.txt", title: "Seed", published: item.effectiveDate, updated: item.firstSeen,
                    isKnown: true, leadItemID: nil, articlePath: "articles/seed.html"
                ),
                isKnownStory: true
            )
        }
        #expect(try store.stories(includeKnown: false, limit: 10).isEmpty)
        #expect(try store.stories(includeKnown: true, limit: 10).map(\.story.id) == ["seed:000.txt"])
    }

    @Test func visibleStoriesAreCountedAsTheyAreListed() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        try storeNew((1...3).map { item("\($0)", feed: feed.id) }) { newStory(for: $0) }
        try storeNew([item("s", feed: feed.id)]) { item in
            StoryPlacement(
                storyID: "seed:000.txt", merge: nil,
                storyToCreate: StoryRecord(
                    id: "seed:000.txt", title: "Seed", published: item.effectiveDate, updated: item.firstSeen,
                    isKnown: true, leadItemID: nil, articlePath: "articles/seed.html"
                ),
                isKnownStory: true
            )
        }
        let cases: [(includeKnown: Bool, limit: Int, count: Int)] = [(false, 10, 3), (true, 10, 4), (false, 2, 2), (true, 0, 0)]
        for (includeKnown, limit, count) in cases {
            #expect(try store.stories(includeKnown: includeKnown, limit: limit).count == count)
            #expect(try store.visibleStoryCount(includeKnown: includeKnown, limit: limit) == count)
        }
    }

    @Test func releasingMemoryKeepsTheStoreUsable() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        try storeNew([item("1", feed: feed.id)]) { newStory(for: $0) }
        store.releaseMemory()
        try storeNew([item("2", feed: feed.id)]) { newStory(for: $0) }
        #expect(try store.itemCount() == 2)
        #expect(try store.stories(includeKnown: false, limit: 10).count == 2)
    }

    @Test func openersRacingOverANewFileAllSucceed() throws {
        for round in 0..<10 {
            let directory = folder + "/race-\(round)"
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    _ = try FeedStore(directory: directory).itemCount()
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 } == [])
        }
    }

    @Test func reopeningKeepsEverything() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        try storeNew([item("1", feed: feed.id)]) { newStory(for: $0) }
        let reopened = try FeedStore(directory: folder)
        #expect(try reopened.itemCount() == 1)
        #expect(try reopened.feeds().map(\.url) == ["https://a.example/feed"])
    }

    @Test func storiesChangedSinceThePagesWereMarkedCurrentAreOutdated() throws {
        let feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        try storeNew([item("1", feed: feed.id), item("2", feed: feed.id)]) { newStory(for: $0) }
        #expect(try store.outputFingerprint() == nil)
        try store.markPagesCurrent(fingerprint: "f1", at: Timestamp(secondsSince1970: 1_716_000_300))
        #expect(try store.storiesWithOutdatedPages().isEmpty)
        #expect(try store.discoveryPositionsOfOutdatedPages().isEmpty)

        // Within the same second as the mark: currency does not depend on the clock.
        var joining = item("3", feed: feed.id)
        joining.firstSeen = Timestamp(secondsSince1970: 1_716_000_300)
        let firstStory = try store.stories(includeKnown: false, limit: 10).map(\.story.id).sorted()[0]
        try storeNew([joining]) { _ in StoryPlacement(storyID: firstStory, merge: nil, storyToCreate: nil, isKnownStory: false) }
        try storeNew([item("4", feed: feed.id)]) { newStory(for: $0) }
        let outdated = try store.storiesWithOutdatedPages()
        #expect(outdated.count == 2 && outdated.contains(firstStory))
        let reopened = try FeedStore(directory: folder)
        #expect(try reopened.outputFingerprint() == "f1")
        #expect(try reopened.discoveryPositionsOfOutdatedPages() == [0, 2])
        #expect(try reopened.stories(atDiscoveryPositions: 1..<3).map(\.story.id) == ["item-1-2", "item-1-4"])
        #expect(try reopened.stories(atDiscoveryPositions: 2..<10).map(\.story.id) == ["item-1-4"])
    }

    @Test func placedItemsAreSavedWithTheirFeedsState() throws {
        var feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        feed.etag = "\"v2\""
        let lead = item("1", feed: feed.id)
        let joining = item("2", feed: feed.id)
        let merge = MergeRecord(method: "similarWording", score: 0.5, sharedTerms: ["oman"], matchedItemID: lead.id)
        try store.save([feed], adding: [
            (lead, newStory(for: lead)),
            (joining, StoryPlacement(storyID: lead.id, merge: merge, storyToCreate: nil, isKnownStory: false)),
        ])
        let stories = try store.stories(includeKnown: false, limit: 10)
        #expect(stories.map(\.story.id) == [lead.id])
        #expect(stories[0].members.map(\.key) == ["1", "2"])
        #expect(stories[0].members[1].merge == merge)
        #expect(try store.storiesWithOutdatedPages() == [lead.id])
        #expect(try store.feeds()[0].etag == "\"v2\"")
    }

    @Test func aFailedSaveKeepsNeitherItsItemsNorItsFeedsState() throws {
        var feed = try store.syncSubscriptions([Subscription(url: "https://a.example/feed", title: "A")])[0]
        let stored = item("1", feed: feed.id)
        try store.save([], adding: [(stored, newStory(for: stored))])
        feed.etag = "\"v2\""
        let fresh = item("2", feed: feed.id)
        // The item stored already breaks the uniqueness of its key: the whole batch must go.
        #expect(throws: StoreError.self) {
            try store.save([feed], adding: [(fresh, newStory(for: fresh)), (stored, newStory(for: stored))])
        }
        #expect(try store.items().map(\.key) == ["1"])
        #expect(try store.feeds()[0].etag == nil)
    }
}
