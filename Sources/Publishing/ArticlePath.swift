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
        var path: [UInt8] = []
        path.reserveCapacity(32 + slugLimit)
        path.append(contentsOf: "articles/".utf8)
        appendDigits(min(max(date.year, 0), 9999), width: 4, to: &path)
        path.append(UInt8(ascii: "/"))
        appendDigits(date.month, width: 2, to: &path)
        path.append(UInt8(ascii: "/"))
        appendDigits(date.day, width: 2, to: &path)
        path.append(UInt8(ascii: "/"))
        let base = slug(title)
        path.append(contentsOf: base.isEmpty ? Array("story".utf8) : base)
        path.append(UInt8(ascii: "-"))
        path.append(contentsOf: StableHash.hex(of: storyID, digits: 10).utf8)
        path.append(contentsOf: ".html".utf8)
        return String(decoding: path, as: UTF8.self)
    }

    /// The title's words, folded to ASCII and joined by `-`, as many whole
    /// words as fit the limit (a first word too long for it is cut).
    ///
    /// Built on bytes: every new story's path is made while items are placed,
    /// one at a time, and a `String` per letter and word slowed that loop.
    static func slug(_ title: String) -> [UInt8] {
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
            if !scalar.isASCII, scalar.properties.generalCategory == .nonspacingMark { continue }
            if !word.isEmpty {
                guard take(word) else { return slug }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { _ = take(word) }
        return slug
    }

    /// `value` in decimal, zero-padded to `width` digits.
    private static func appendDigits(_ value: Int, width: Int, to path: inout [UInt8]) {
        let text = String(value)
        path.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, width - text.utf8.count)))
        path.append(contentsOf: text.utf8)
    }
}
