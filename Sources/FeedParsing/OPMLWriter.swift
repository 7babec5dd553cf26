/// Writes subscriptions as OPML 2.0, one category outline per distinct category.
public struct OPMLWriter: Sendable {
    public init() {}

    public func render(title: String, outlines: [OPMLOutline]) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escaped(title))</title>",
            "  </head>",
            "  <body>",
        ]
        var categories: [String] = []
        for category in outlines.compactMap(\.category) where !categories.contains(category) {
            categories.append(category)
        }
        for outline in outlines where outline.category == nil {
            lines.append("    " + element(outline))
        }
        for category in categories {
            lines.append("    <outline text=\"\(escaped(category))\" title=\"\(escaped(category))\">")
            for outline in outlines where outline.category == category {
                lines.append("      " + element(outline))
            }
            lines.append("    </outline>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    private func element(_ outline: OPMLOutline) -> String {
        var text = "<outline type=\"rss\" text=\"\(escaped(outline.title))\" title=\"\(escaped(outline.title))\""
            + " xmlUrl=\"\(escaped(outline.xmlURL))\""
        if let htmlURL = outline.htmlURL { text += " htmlUrl=\"\(escaped(htmlURL))\"" }
        return text + "/>"
    }

    private func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            default: result.append(character)
            }
        }
        return result
    }
}
