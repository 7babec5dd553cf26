public import Timestamps

/// Where a story's page lives in the output folder.
public enum ArticlePath {
    /// Longest slug taken from the title, before the hash suffix.
    static let slugLimit = 60

    /// `articles/YYYY/MM/DD/<slug>-<hash>.html`, from the UTC publication date.
    ///
    /// The slug holds only `a-z`, `0-9` and `-`, so no title can produce `..`, a
    /// slash or a hidden file; the hash of the story id makes it unique and stable.
    public static func make(title: String, published: Timestamp, storyID: String) -> String {
        let date = CivilDate(published)
        let year = min(max(date.year, 0), 9999)
        let folder = "articles/\(digits(year, 4))/\(digits(date.month, 2))/\(digits(date.day, 2))"
        let base = slug(title)
        let name = (base.isEmpty ? "story" : base) + "-" + StableHash.hex(of: storyID, digits: 10)
        return folder + "/" + name + ".html"
    }

    static func slug(_ title: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in title.unicodeScalars {
            if let ascii = ASCIIFolding.fold(scalar) {
                word += ascii
            } else if scalar.properties.generalCategory == .nonspacingMark {
                // A decomposed accent ("e" + U+0301) belongs to its letter, not between words.
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > slugLimit {
                if slug.isEmpty { slug = String(word.prefix(slugLimit)) }
                break
            }
            slug = candidate
        }
        return slug
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
