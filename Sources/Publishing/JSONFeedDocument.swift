/// The JSON Feed 1.1 shape (https://www.jsonfeed.org/version/1.1/); the encoder turns the
/// names into the spec's snake case.
struct JSONFeedDocument: Encodable {
    struct Author: Encodable {
        var name: String
        var url: String?
    }

    /// Our extension (spec: custom keys start with an underscore): every source and the grouping reason.
    struct StoryExtension: Encodable {
        struct Source: Encodable {
            var outlet: String
            var url: String?
            var feedURL: String
            var datePublished: String?
        }

        var articlePath: String
        var groupingReason: String?
        var sources: [Source]
    }

    struct Item: Encodable {
        var id: String
        var url: String?
        var title: String
        var contentHTML: String
        var datePublished: String
        var dateModified: String
        var authors: [Author]
        var tags: [String]?
        var aggregator: StoryExtension

        enum CodingKeys: String, CodingKey {
            case id, url, title, contentHTML = "content_html", datePublished, dateModified, authors, tags
            case aggregator = "_aggregator"
        }
    }

    var version = "https://jsonfeed.org/version/1.1"
    var title: String
    var homePageURL: String?
    var feedURL: String?
    var items: [Item]
}
