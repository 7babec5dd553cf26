import Publishing
import Store
import Timestamps

/// Renders the current stories into the output folder: `feed.atom`,
/// `feed.json`, `index.html` and one page per story.
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
        let stored: [StoredStory]
        do {
            stored = try store.stories(includeKnown: configuration.dedup.emitKnown, limit: configuration.output.maxEntries)
        } catch {
            throw CycleError(message: "\(error)", cause: error)
        }
        let stories = stored.compactMap(PublishableStory.init(stored:))
        // The feed's own `updated` is the newest story's, not the clock's, so
        // an unchanged cycle renders the very same bytes.
        let updated = stories.map(\.updated).max() ?? Timestamp(secondsSince1970: 0)
        var changed = 0
        let pages = ArticlePageWriter(identity: identity)
        for story in stories where try writer.write(pages.render(story), to: story.articlePath) {
            changed += 1
        }
        let files = [
            ("feed.atom", AtomFeedWriter(identity: identity).render(stories, updated: updated)),
            ("feed.json", JSONFeedWriter(identity: identity).render(stories)),
            ("index.html", pages.renderIndex(stories)),
        ]
        for (name, content) in files where try writer.write(content, to: name) {
            changed += 1
        }
        return changed
    }
}
