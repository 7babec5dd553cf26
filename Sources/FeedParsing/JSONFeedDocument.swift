/// The JSON Feed 1.0 / 1.1 document shape (https://jsonfeed.org/version/1.1).
struct JSONFeedDocument: Decodable {
    var version: String?
    var title: String?
    var homePageURL: String?
    var feedURL: String?
    var items: [Item]?

    enum CodingKeys: String, CodingKey {
        case version, title, items
        case homePageURL = "home_page_url"
        case feedURL = "feed_url"
    }

    struct Item: Decodable {
        var id: LenientString?
        var url: String?
        var externalURL: String?
        var title: String?
        var contentHTML: String?
        var contentText: String?
        var summary: String?
        var datePublished: String?
        var dateModified: String?
        var author: Person?
        var authors: [Person]?
        var tags: [String]?
        var attachments: [Attachment]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, author, authors, tags, attachments
            case externalURL = "external_url"
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }
    }

    struct Person: Decodable {
        var name: String?
        var url: String?
    }

    struct Attachment: Decodable {
        var url: String?
        var mimeType: String?
        var sizeInBytes: Double?

        enum CodingKeys: String, CodingKey {
            case url
            case mimeType = "mime_type"
            case sizeInBytes = "size_in_bytes"
        }
    }
}

/// JSON Feed says ids are strings, but feeds send numbers too.
struct LenientString: Decodable {
    var value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let integer = try? container.decode(Int64.self) {
            value = String(integer)
        } else {
            value = String(try container.decode(Double.self))
        }
    }
}
