import Timestamps

struct RSSStyle {
    /// The full text in CDATA in `content:encoded` with an escaped summary in
    /// `description`, rather than the escaped text in `description` alone.
    var usesContentModule: Bool
    var isLatin1: Bool
    var hasSelfLink: Bool
}

extension SyntheticFeed {
    static func rss(_ reports: [SyntheticReport], host: String, style: RSSStyle, using random: inout SplitMix64) -> [UInt8] {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"\(style.isLatin1 ? "ISO-8859-1" : "UTF-8")\"?>",
            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">",
            "<channel>",
            "<title>The \(host) news</title>",
            "<link>https://\(host)/</link>",
            "<description>Reports from \(host) &amp; partners</description>",
            "<language>en-us</language>",
        ]
        if let newest = reports.first {
            lines.append("<lastBuildDate>\(newest.published.httpDate)</lastBuildDate>")
        }
        if style.hasSelfLink {
            lines.append("<atom:link href=\"https://\(host)/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>")
        }
        for report in reports {
            lines.append(item(report, style: style, using: &random))
        }
        lines += ["</channel>", "</rss>", ""]
        let document = lines.joined(separator: "\n")
        return style.isLatin1 ? XMLText.latin1(document) : Array(document.utf8)
    }

    private static func item(_ report: SyntheticReport, style: RSSStyle, using random: inout SplitMix64) -> String {
        // Feeds write the zone as GMT, +0000 or a named US zone.
        let date = random.chance(0.3) ? String(report.published.httpDate.dropLast(3)) + "+0000" : report.published.httpDate
        var item = [
            "<item>",
            "<title>\(XMLText.escaped(report.title))</title>",
            "<link>\(XMLText.escaped(report.link))</link>",
            "<guid isPermaLink=\"false\">\(report.id)</guid>",
            "<pubDate>\(date)</pubDate>",
            random.chance(0.6) ? "<dc:creator>\(XMLText.escaped(report.author))</dc:creator>" : "<author>editor@example.com (Editor)</author>",
        ]
        item += report.categories.map { "<category>\($0)</category>" }
        if style.usesContentModule && !style.isLatin1 {
            item.append("<description>\(XMLText.escaped(report.lead))</description>")
            item.append("<content:encoded><![CDATA[\(report.bodyHTML)]]></content:encoded>")
        } else {
            item.append("<description>\(XMLText.escaped(report.bodyHTML))</description>")
        }
        if random.chance(0.15) {
            item.append("<enclosure url=\"\(XMLText.escaped(report.link)).mp3\" length=\"\(Int.random(in: 10_000...90_000_000, using: &random))\" type=\"audio/mpeg\"/>")
        }
        item.append("</item>")
        return item.joined(separator: "\n")
    }
}
