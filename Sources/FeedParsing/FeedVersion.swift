/// The format a feed was written in, named as feedparser names it.
///
/// RSS 0.93 and 0.94 read as `rss092`: they only added optional elements to
/// 0.92, and the contract's list of versions stops there.
public enum FeedVersion: String, Sendable, Codable {
    case rss090, rss091, rss092, rss10, rss20, atom03, atom10, json10, json11
    case unknown = ""
}
