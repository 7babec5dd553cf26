import StoryEngine
import Timestamps

extension StoryItem {
    /// A test item; `day` is a day of May 2024 (nil for an undated item).
    static func report(
        _ id: String, source: String, title: String, text: String = "", url: String? = nil,
        may day: Int? = 18, hour: Int = 9
    ) -> StoryItem {
        let published = day.map { CivilDate(year: 2024, month: 5, day: $0, hour: hour).timestamp }
        return StoryItem(id: id, source: source, title: title, text: text, url: url, published: published)
    }

    static func report(
        _ id: String, source: String, title: String, text: String = "", on date: CivilDate
    ) -> StoryItem {
        StoryItem(id: id, source: source, title: title, text: text, url: nil, published: date.timestamp)
    }
}
