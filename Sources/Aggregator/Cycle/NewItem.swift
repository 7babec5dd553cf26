import Publishing
import Store
import StoryEngine

/// An entry not stored before, with what the story engine reads of it. Built
/// in the concurrent part of a cycle: extracting plain text from HTML bodies
/// costs more than placing the item, and the placing is what runs one at a time.
struct NewItem: Sendable {
    var record: ItemRecord
    var storyItem: StoryItem

    init(_ record: ItemRecord, leadTextWords: Int) {
        self.record = record
        storyItem = Self.storyItem(for: record, leadTextWords: leadTextWords)
    }

    /// - Parameter leadTextWords: words of the body the engine reads (see
    ///   `StoryEngineConfiguration.leadTextWords`); a long HTML body is
    ///   extracted only that far.
    static func storyItem(for item: ItemRecord, leadTextWords: Int) -> StoryItem {
        let text = item.body.map { item.bodyIsHTML ? HTMLText.plainText(from: $0, wordLimit: leadTextWords) : $0 } ?? ""
        return StoryItem(
            id: item.id, source: "feed-\(item.feedID)", title: item.title, text: text, url: item.link,
            published: item.effectiveDate
        )
    }
}
