import Foundation
import Timestamps
import Store

/// `aggregator stories`: the current stories, their members and why each
/// member joined.
public struct StoryListing {
    private let stories: [StoredStory]

    public init(workspace: Workspace, limit: Int) throws(CycleError) {
        do {
            stories = try workspace.openStore().stories(includeKnown: true, limit: limit)
        } catch {
            throw CycleError(wrapping: error)
        }
    }

    public var text: String {
        stories.map { stored in
            var lines = ["\(stored.story.title)\(stored.story.isKnown ? "  [known story]" : "")",
                         "  id: \(stored.story.id), published \(stored.story.published.rfc3339)"]
            for member in stored.members {
                let outlet = stored.feeds[member.feedID]?.title ?? "feed \(member.feedID)"
                lines.append("  - \(outlet): \(member.title)")
                if let link = member.link { lines.append("    \(link)") }
                if let merge = member.merge {
                    lines.append("    why: " + MergeDescription.sentence(for: merge, outlet: outlet))
                }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    public var json: String {
        let objects: [[String: Any]] = stories.map { stored in
            [
                "id": stored.story.id,
                "title": stored.story.title,
                "known": stored.story.isKnown,
                "published": stored.story.published.rfc3339,
                "updated": stored.story.updated.rfc3339,
                "members": stored.members.map { member -> [String: Any] in
                    var object: [String: Any] = [
                        "id": member.id,
                        "title": member.title,
                        "source": stored.feeds[member.feedID]?.title ?? "",
                        "link": member.link ?? NSNull(),
                        "published": member.published?.rfc3339 ?? NSNull(),
                    ]
                    if let merge = member.merge {
                        object["reason"] = [
                            "method": merge.method, "score": merge.score,
                            "shared_terms": merge.sharedTerms, "matched": merge.matchedItemID,
                        ] as [String: Any]
                    }
                    return object
                },
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
