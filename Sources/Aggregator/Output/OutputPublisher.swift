import Foundation
import Logging
import Publishing
import StableHashing
import Store
import SystemInterface
import Timestamps

/// Renders the stories into the output folder: `feed.atom` with the newest
/// `[output] max_entries` stories, its RFC 5005 archive pages under `archive/`
/// holding every older one, `feed.json`, `index.html`, and one page per story.
struct OutputPublisher: Sendable {
    private let configuration: Configuration
    private let writer: AtomicFileWriter
    private let identity: FeedIdentity
    private let logger: Logger

    init(configuration: Configuration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
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
    ///
    /// feed.atom, feed.json and index.html are rendered whenever any story
    /// changed or one of the three is missing (a bounded amount of work).
    /// Archive pages are rendered only where a story changed since the last
    /// publication, where a page is new or missing, or when the settings that
    /// shape the output changed; a story's own page only when the story changed,
    /// its file is missing or the settings changed: a warm cycle must not cost
    /// more as the archive grows.
    func publish(from store: FeedStore, at time: Timestamp) async throws(CycleError) -> Int {
        try beginPublication()
        let maxEntries = configuration.output.maxEntries
        let incremental = try CycleError.storeCall { () throws(StoreError) in try store.outputFingerprint() } == fingerprint
        // nil: the settings changed, so every page is rendered again.
        let outdated = incremental ? try CycleError.storeCall { () throws(StoreError) in try store.storiesWithOutdatedPages() } : nil
        let unchanged = outdated?.isEmpty == true && Self.feedFiles.allSatisfy(writer.exists)
        let storyCount = try CycleError.storeCall { () throws(StoreError) in try store.storyCount() }
        let series = ArchiveSeries(pageSize: maxEntries, storyCount: storyCount)
        // The newest page and feed.atom share stories: each story's page is rendered once.
        var rendered: Set<String> = []
        var changed = try await publishArchive(series, from: store, outdated: outdated, rendered: &rendered)
        // Nothing changed: the feeds would render the very same bytes.
        guard !Task.isStopRequested, !unchanged else {
            FileCalls.remove(publicationMarker)
            return changed
        }
        let recent = try CycleError.storeCall { () throws(StoreError) in
            try store.newestStories(includeKnown: configuration.dedup.emitKnown, limit: maxEntries)
        }
        let stories = published(recent)
        changed += try writePages(for: stories.filter { needsPage($0, outdated: outdated) }, rendered: &rendered)
        // The feed's own `updated` is the newest story's, not the clock's, so
        // an unchanged cycle renders the very same bytes.
        let updated = stories.map(\.updated).max() ?? Timestamp(secondsSince1970: 0)
        let pages = ArticlePageWriter(identity: identity)
        let contents = [
            AtomFeedWriter(identity: identity).render(stories, updated: updated, previousArchivePath: series.newestPagePath),
            Array(JSONFeedWriter(identity: identity).render(stories).utf8),
            pages.renderIndex(stories),
        ]
        for (name, content) in zip(Self.feedFiles, contents) where try writer.write(content, to: name) {
            changed += 1
        }
        try CycleError.storeCall { () throws(StoreError) in try store.markPagesCurrent(fingerprint: fingerprint, at: time) }
        FileCalls.remove(publicationMarker)
        return changed
    }

    /// A marker in the state folder exists while a publication runs; found at
    /// the start of the next one, it means a process was killed mid-write, and
    /// only then is the output folder searched for the temporary files it left.
    private func beginPublication() throws(CycleError) {
        if FileManager.default.fileExists(atPath: publicationMarker) {
            let removed = writer.removeTemporaryFiles()
            if removed > 0 {
                logger.notice("removed temporary files of an interrupted publication", metadata: ["files": "\(removed)"])
            }
        }
        guard FileManager.default.createFile(atPath: publicationMarker, contents: nil) else {
            throw CycleError(message: "cannot create \(publicationMarker): is the state folder writable?")
        }
    }

    private var publicationMarker: String { configuration.paths.state + "/publishing" }

    private static let feedFiles = ["feed.atom", "feed.json", "index.html"]

    /// What the rendered bytes depend on besides the stories themselves.
    private var fingerprint: String {
        StableHash.hex(of: [
            AggregatorVersion.current, identity.title, identity.id, identity.publicBaseURL ?? "",
            String(configuration.output.maxEntries), String(configuration.dedup.emitKnown),
        ].joined(separator: "\n"))
    }

    /// Whether a story's own page must be rendered: in a full publication
    /// (`outdated` nil) every one, else those of changed stories and missing files.
    private func needsPage(_ story: PublishableStory, outdated: Set<String>?) -> Bool {
        outdated.map { $0.contains(story.storyID) || !writer.exists(story.articlePath) } ?? true
    }

    /// The archive pages that need rendering, and the pages of their stories
    /// that need it (``needsPage(_:outdated:)``). A page whose stories did not
    /// change renders the same bytes and is left alone, so a full publication
    /// churns nothing either.
    private func publishArchive(
        _ series: ArchiveSeries, from store: FeedStore, outdated: Set<String>?, rendered: inout Set<String>
    ) async throws(CycleError) -> Int {
        guard let numbers = series.pageNumbers else { return 0 }
        let atom = AtomFeedWriter(identity: identity)
        var due = Set(numbers)
        if outdated != nil {
            let positions = try CycleError.storeCall { () throws(StoreError) in try store.discoveryPositionsOfOutdatedPages() }
            // A page that appears gives the one before it a next-archive link.
            let missing = numbers.filter { !writer.exists(series.page($0).path) }
            due = Set(positions.map { $0 / series.pageSize + 1 }.filter(numbers.contains))
                .union(missing)
                .union(missing.map { $0 - 1 }.filter(numbers.contains))
        }
        // Pages share no story, so a first publication of thousands of them
        // spreads over the cores: rendering and creating files is most of its time.
        // A page starts whenever one is done: fixed shares per core left one
        // core working alone at the end while the other waited.
        var changed = 0
        var failure: CycleError?
        await withTaskGroup(of: Result<(changed: Int, rendered: Set<String>), CycleError>.self) { group in
            var waiting = due.sorted().makeIterator()
            func startNextPage() {
                // A stopping daemon leaves the rest to its next start: the
                // pages not yet rendered are still outdated in the store.
                guard failure == nil, !Task.isStopRequested, let number = waiting.next() else { return }
                group.addTask {
                    Result { () throws(CycleError) in
                        var rendered: Set<String> = []
                        let changed = try publishArchivePage(number, of: series, from: store, with: atom, outdated: outdated, rendered: &rendered)
                        return (changed, rendered)
                    }
                }
            }
            for _ in 0..<ProcessInfo.processInfo.activeProcessorCount { startNextPage() }
            for await result in group {
                switch result {
                case .success(let page):
                    changed += page.changed
                    rendered.formUnion(page.rendered)
                case .failure(let error):
                    failure = failure ?? error
                }
                startNextPage()
            }
        }
        if let failure { throw failure }
        return changed
    }

    private func publishArchivePage(
        _ number: Int, of series: ArchiveSeries, from store: FeedStore, with atom: AtomFeedWriter,
        outdated: Set<String>?, rendered: inout Set<String>
    ) throws(CycleError) -> Int {
        let stored = try CycleError.storeCall { () throws(StoreError) in
            try store.stories(atDiscoveryPositions: series.positions(ofPage: number))
        }
        let stories = published(stored)
        // A joining report re-renders its story's archive page, a hundred entries;
        // the other ninety-nine stories' own pages would render the same bytes.
        var changed = try writePages(for: stories.filter { needsPage($0, outdated: outdated) }, rendered: &rendered)
        // A page whose stories are all hidden (seed stories) still needs a date.
        let updated = stories.map(\.updated).max() ?? stored.map(\.story.updated).max() ?? Timestamp(secondsSince1970: 0)
        let page = series.page(number)
        if try writer.write(atom.renderArchive(stories, updated: updated, page: page), to: page.path) {
            changed += 1
        }
        return changed
    }

    private func writePages(for stories: [PublishableStory], rendered: inout Set<String>) throws(CycleError) -> Int {
        let pages = ArticlePageWriter(identity: identity)
        var changed = 0
        for story in stories where rendered.insert(story.articlePath).inserted {
            // A page created now is linked only by what this publication writes after it.
            if try writer.write(pages.render(story), to: story.articlePath, creating: .inPlace) { changed += 1 }
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
}
