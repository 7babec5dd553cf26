import Publishing
import Store

extension PublishableStory {
    /// The publishable form of a stored story: the lead is its first
    /// report; every later one is another source.
    init?(stored: StoredStory) {
        let reports = stored.members.compactMap { member in
            stored.feeds[member.feedID].map { SourceReport(member, of: $0) }
        }
        guard let lead = reports.first else { return nil }
        let reasons = stored.members.compactMap { member -> String? in
            guard let merge = member.merge, let feed = stored.feeds[member.feedID] else { return nil }
            return MergeDescription.sentence(for: merge, outlet: feed.title)
        }
        self.init(
            storyID: stored.story.id,
            title: stored.story.isKnown ? lead.title : stored.story.title,
            published: stored.story.published,
            updated: stored.story.updated,
            lead: lead,
            others: Array(reports.dropFirst()),
            categories: [],
            groupingReason: reasons.isEmpty ? nil : reasons.joined(separator: " "),
            articlePath: stored.story.articlePath
        )
    }
}
