import BenchmarkSupport
import Publishing
import StoryEngine
import Timestamps

extension NewsStream {
    /// Reports as the tracker hands them to the engine: the body reduced to
    /// plain text, published time, and the feed as the source.
    func storyItems(_ positions: Range<Int>) -> [StoryItem] {
        positions.map { storyItem(report($0)) }
    }

    /// Items with the story each was placed in, as the store replays them at
    /// start-up. The story is the report's event (its first report's id names it).
    func restorableItems(_ positions: Range<Int>) -> [(StoryItem, String)] {
        positions.map(restorableItem)
    }

    func restorableItem(_ position: Int) -> (StoryItem, String) {
        let report = report(position)
        return (storyItem(report), "story-\(report.eventIndex)")
    }

    private func storyItem(_ report: SyntheticReport) -> StoryItem {
        StoryItem(
            id: report.id, source: "feed-\(report.feedIndex)", title: report.title,
            text: HTMLText.plainText(from: report.bodyHTML), url: report.link, published: report.published
        )
    }
}
