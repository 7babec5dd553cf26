import Publishing
import Store
import StoryEngine

/// An entry not stored before, with what the story engine reads of it. Built
/// in the concurrent part of a cycle: extracting plain text from HTML bodies
/// costs more than placing the item, and the placing is what runs one at a time.
struct NewItem: Sendable {
    var record: ItemRecord
    var storyItem: StoryItem

    init(_ record: ItemRecord) {
        self.record = record
        storyItem = Self.storyItem(for: record)
    }

    static func storyItem(for item: ItemRecord) -> StoryItem {
        let text = item.body.map { item.bodyIsHTML ? HTMLText.plainText(from: $0) : $0 } ?? ""
        return StoryItem(
            id: item.id, source: "feed-\(item.feedID)", title: item.title, text: text, url: item.link,
            published: item.effectiveDate
        )
    }
}
