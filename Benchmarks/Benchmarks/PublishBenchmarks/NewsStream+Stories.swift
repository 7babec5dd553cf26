import BenchmarkSupport
import Publishing
import Timestamps

extension NewsStream {
    /// The first `count` stories of the stream, newest first as the feed
    /// shows them: consecutive reports of one event make one story, the first
    /// report its lead and the others its further sources.
    func publishableStories(count: Int) -> [PublishableStory] {
        var groups: [[SyntheticReport]] = []
        var groupOfEvent: [Int: Int] = [:]
        var position = 0
        var lastStoryStart = 0
        // An event's reports arrive within a few hundred positions of its
        // first one: reading that far past the last story's start gives every
        // story all the sources it gets.
        while groups.count < count || position < lastStoryStart + 400 {
            let report = report(position)
            if let group = groupOfEvent[report.eventIndex] {
                groups[group].append(report)
            } else if groups.count < count {
                groupOfEvent[report.eventIndex] = groups.count
                groups.append([report])
                lastStoryStart = position
            }
            position += 1
        }
        return groups.map(story).reversed()
    }

    private func story(_ reports: [SyntheticReport]) -> PublishableStory {
        let lead = reports[0]
        let storyID = "story-" + lead.id
        let terms = lead.title.lowercased().split(separator: " ").prefix(3).joined(separator: ", ")
        return PublishableStory(
            storyID: storyID,
            title: lead.title,
            published: lead.published,
            updated: reports.map(\.published).max() ?? lead.published,
            lead: sourceReport(lead),
            others: reports.dropFirst().map(sourceReport),
            categories: lead.categories,
            groupingReason: reports.count > 1 ? "Matched on shared terms: \(terms) (score 0.42)." : nil,
            articlePath: ArticlePath.make(title: lead.title, published: lead.published, storyID: storyID)
        )
    }

    private func sourceReport(_ report: SyntheticReport) -> SourceReport {
        SourceReport(
            outlet: "Outlet \(report.feedIndex)",
            outletURL: "https://outlet\(report.feedIndex).example.com/",
            feedURL: "https://outlet\(report.feedIndex).example.com/feed.xml",
            title: report.title,
            url: report.link,
            published: report.published,
            author: report.author,
            body: report.bodyHTML,
            bodyIsHTML: true
        )
    }
}
