import StableHashing
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

    /// The title's words, folded to ASCII and joined by `-`, as many whole
    /// words as fit the limit (a first word too long for it is cut).
    ///
    /// Built on bytes: every new story's path is made while items are placed,
    /// one at a time, and a `String` per letter and word slowed that loop.
    static func slug(_ title: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(slugLimit)
        var word: [UInt8] = []
        // Adds the finished word; false once the slug is full.
        func take(_ word: [UInt8]) -> Bool {
            let separator = slug.isEmpty ? 0 : 1
            guard slug.count + separator + word.count <= slugLimit else {
                if slug.isEmpty { slug = Array(word.prefix(slugLimit)) }
                return false
            }
            if separator == 1 { slug.append(UInt8(ascii: "-")) }
            slug.append(contentsOf: word)
            return true
        }
        for scalar in title.unicodeScalars {
            if ASCIIFolding.fold(scalar, into: &word) { continue }
            // A decomposed accent ("e" + U+0301) belongs to its letter, not between words.
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if !word.isEmpty {
                guard take(word) else { return String(decoding: slug, as: UTF8.self) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { _ = take(word) }
        return String(decoding: slug, as: UTF8.self)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
