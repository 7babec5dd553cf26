import Timestamps

struct AtomStyle {
    /// Content as inline XHTML rather than escaped HTML.
    var isXHTML: Bool
    /// `xml:base` on the feed and links relative to it.
    var usesRelativeLinks: Bool
}

extension SyntheticFeed {
    static func atom(_ reports: [SyntheticReport], host: String, style: AtomStyle, using random: inout SplitMix64) -> [UInt8] {
        let base = style.usesRelativeLinks ? " xml:base=\"https://\(host)/\"" : ""
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"\(base) xml:lang=\"en\">",
            "<title type=\"text\">The \(host) news</title>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"https://\(host)/\"/>",
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://\(host)/atom.xml\"/>",
            "<id>tag:\(host),2025:feed</id>",
            "<author><name>The \(host) desk</name></author>",
        ]
        if let newest = reports.first {
            lines.append("<updated>\(newest.published.rfc3339)</updated>")
        }
        for report in reports {
            lines.append(entry(report, style: style, using: &random))
        }
        lines += ["</feed>", ""]
        return Array(lines.joined(separator: "\n").utf8)
    }

    private static func entry(_ report: SyntheticReport, style: AtomStyle, using random: inout SplitMix64) -> String {
        let link = style.usesRelativeLinks ? relativePath(of: report.link) : report.link
        let content = style.isXHTML
            ? "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">\(report.bodyHTML)</div></content>"
            : "<content type=\"html\">\(XMLText.escaped(report.bodyHTML))</content>"
        var entry = [
            "<entry>",
            "<title type=\"text\">\(XMLText.escaped(report.title))</title>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escaped(link))\"/>",
            "<id>\(report.id)</id>",
            "<published>\(report.published.rfc3339)</published>",
            "<updated>\(report.published.adding(seconds: Int64.random(in: 0...3_600, using: &random)).rfc3339)</updated>",
            "<author><name>\(XMLText.escaped(report.author))</name></author>",
        ]
        entry += report.categories.map { "<category term=\"\($0)\"/>" }
        if random.chance(0.5) {
            entry.append("<summary>\(XMLText.escaped(report.lead))</summary>")
        }
        entry += [content, "</entry>"]
        return entry.joined(separator: "\n")
    }

    /// The path of an absolute link without its leading slash, for a feed whose `xml:base` supplies the rest.
    private static func relativePath(of link: String) -> String {
        let afterScheme = link.drop { $0 != "/" }.dropFirst(2)
        return String(afterScheme.drop { $0 != "/" }.dropFirst())
    }
}
