/// The local names the feed builder acts on, so that its decisions are switches over
/// small enums instead of string comparisons on every element; any other name is `.other`.
enum FeedElementName: String {
    case rss, RDF, channel, feed, item, entry
    case title, subtitle, tagline, link, guid, id, description, summary, content, encoded, body, div
    case rights, copyright, info
    case pubDate, published, issued, updated, modified, date, lastBuildDate, ttl
    case author, creator, contributor, name, email, uri, url
    case category, subject, enclosure, source, group
    case image, textinput, textInput, items, skipHours, skipDays, cloud
    case other

    init(_ localName: String) {
        self = FeedElementName(rawValue: localName) ?? .other
    }
}
