import Publishing
import Store
import Timestamps

/// Renders the stories into the output folder: `feed.atom` with the newest
/// `[output] max_entries` stories, its RFC 5005 archive pages under `archive/`
/// holding every older one, `feed.json`, `index.html`, and one page per story.
struct OutputPublisher {
    private let configuration: Configuration
    private let writer: AtomicFileWriter
    private let identity: FeedIdentity

    init(configuration: Configuration) {
        self.configuration = configuration
        writer = AtomicFileWriter(root: configuration.paths.output)
        let base = configuration.output.baseURL
        identity = FeedIdentity(
            title: configuration.output.title,
            id: base.isEmpty ? "urn:aggregator:feed:" + StableHash.hex(of: configuration.paths.output) : base + "/feed.atom",
            publicBaseURL: base.isEmpty ? nil : base,
            generatorName: "aggregator",
            generatorVersion: AggregatorVersion.current,
            generatorURI: "https://github.com/aggregator/aggregator"
        )
    }

    /// Returns how many files changed.
    func publish(from store: FeedStore, at time: Timestamp) throws(CycleError) -> Int {
        let maxEntries = configuration.output.maxEntries
        let storyCount = try Self.read { () throws(StoreError) in try store.storyCount() }
        let recent = try Self.read { () throws(StoreError) in
            try store.newestStories(includeKnown: configuration.dedup.emitKnown, limit: maxEntries)
        }
        let stories = published(recent)
        let series = ArchiveSeries(pageSize: maxEntries, storyCount: storyCount)
        // The newest page and feed.atom share stories: each story's page is rendered once.
        var rendered: Set<String> = []
        var changed = try publishArchive(series, from: store, rendered: &rendered)
        changed += try writePages(for: stories, rendered: &rendered)
        // The feed's own `updated` is the newest story's, not the clock's, so
        // an unchanged cycle renders the very same bytes.
        let updated = stories.map(\.updated).max() ?? Timestamp(secondsSince1970: 0)
        let pages = ArticlePageWriter(identity: identity)
        let files = [
            ("feed.atom", AtomFeedWriter(identity: identity).render(stories, updated: updated, previousArchivePath: series.newestPagePath)),
            ("feed.json", JSONFeedWriter(identity: identity).render(stories)),
            ("index.html", pages.renderIndex(stories)),
        ]
        for (name, content) in files where try writer.write(content, to: name) {
            changed += 1
        }
        return changed
    }

    /// Every archive page, and the page of every story on it. A page whose
    /// stories did not change renders the same bytes and is left alone.
    private func publishArchive(
        _ series: ArchiveSeries, from store: FeedStore, rendered: inout Set<String>
    ) throws(CycleError) -> Int {
        guard let numbers = series.pageNumbers else { return 0 }
        let atom = AtomFeedWriter(identity: identity)
        var changed = 0
        for number in numbers {
            let stored = try Self.read { () throws(StoreError) in
                try store.stories(atDiscoveryPositions: series.positions(ofPage: number))
            }
            let stories = published(stored)
            changed += try writePages(for: stories, rendered: &rendered)
            // A page whose stories are all hidden (seed stories) still needs a date.
            let updated = stories.map(\.updated).max() ?? stored.map(\.story.updated).max() ?? Timestamp(secondsSince1970: 0)
            let page = series.page(number)
            if try writer.write(atom.renderArchive(stories, updated: updated, page: page), to: page.path) {
                changed += 1
            }
        }
        return changed
    }

    private func writePages(for stories: [PublishableStory], rendered: inout Set<String>) throws(CycleError) -> Int {
        let pages = ArticlePageWriter(identity: identity)
        var changed = 0
        for story in stories where rendered.insert(story.articlePath).inserted {
            if try writer.write(pages.render(story), to: story.articlePath) { changed += 1 }
        }
        return changed
    }

    /// The stories a reader sees, newest first: seed stories only with
    /// `[dedup] emit_known`, and never one left without members.
    private func published(_ stored: [StoredStory]) -> [PublishableStory] {
        stored.filter { configuration.dedup.emitKnown || !$0.story.isKnown }
            .compactMap(PublishableStory.init(stored:))
            .sorted { ($0.published, $1.storyID) > ($1.published, $0.storyID) }
    }

    private static func read<T>(_ body: () throws(StoreError) -> T) throws(CycleError) -> T {
        do {
            return try body()
        } catch {
            throw CycleError(message: "\(error)", cause: error)
        }
    }
}
