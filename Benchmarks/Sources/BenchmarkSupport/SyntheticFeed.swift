/// One feed document rendered from a slice of the news stream: RSS 2.0 or
/// Atom 1.0, as the bytes a server would send.
public struct SyntheticFeed: Sendable {
    public enum Format: String, Sendable {
        case rss, atom
    }

    public var format: Format
    public var itemCount: Int
    public var bytes: [UInt8]

    /// `count` feeds of 20 to 50 items each, about half RSS and half Atom, in
    /// the styles publishers use (escaped HTML, CDATA, inline XHTML,
    /// ISO-8859-1, `xml:base` with relative links).
    public static func set(count: Int, from stream: NewsStream) -> [SyntheticFeed] {
        var position = 0
        return (0..<count).map { index in
            var random = SplitMix64(seed: stream.seed ^ 0xFEED, stream: index)
            let itemCount = Int.random(in: 20...50, using: &random)
            let reports = stream.reports(position..<position + itemCount)
            position += itemCount
            let host = "outlet\(index).example.com"
            if random.chance(0.5) {
                let style = RSSStyle(
                    usesContentModule: random.chance(0.5), isLatin1: random.chance(0.05), hasSelfLink: random.chance(0.6)
                )
                return SyntheticFeed(format: .rss, itemCount: itemCount, bytes: rss(reports, host: host, style: style, using: &random))
            }
            let style = AtomStyle(isXHTML: random.chance(0.25), usesRelativeLinks: random.chance(0.1))
            return SyntheticFeed(format: .atom, itemCount: itemCount, bytes: atom(reports, host: host, style: style, using: &random))
        }
    }
}
