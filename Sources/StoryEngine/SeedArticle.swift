public import Timestamps

/// A known story's article from the seed corpus, cleaned of the chrome of the
/// page it was scraped from.
public struct SeedArticle: Sendable {
    public var fileName: String
    /// The first line when it reads as a headline; empty when the file starts with the body.
    public var title: String
    public var text: String
    /// The day the text gives (a "date 2024-05-18" line, or a dateline), at noon UTC.
    public var published: Timestamp?

    /// Drops the page chrome ("All news", "date 2024-05-18 + ↺ − 16 px", a
    /// trailing outlet name such as "News.Az") and takes the date from the text.
    public init(fileName: String, contents: String) {
        self.fileName = fileName
        var chromeDate: CivilDate?
        var lines: [String] = []
        for rawLine in contents.split(whereSeparator: \.isNewline) {
            var line = String(rawLine.trimmingSpaces)
            if let chrome = PublicationDateFinder.dateChrome(in: line) {
                chromeDate = chromeDate ?? chrome.date
                line = String(line[..<chrome.start].trimmingSpaces)
            }
            if line.isEmpty || line.lowercased() == "all news" {
                continue
            }
            lines.append(line)
        }
        if let last = lines.last, SeedArticle.isOutletName(last) {
            lines.removeLast()
        }
        if let first = lines.first, first.split(separator: " ").count <= SeedArticle.longestHeadlineWords {
            title = first
            lines.removeFirst()
        } else {
            title = ""
        }
        text = lines.joined(separator: "\n")
        let day = chromeDate ?? PublicationDateFinder.dateline(in: title + "\n" + text)
        published = day.map { CivilDate(year: $0.year, month: $0.month, day: $0.day, hour: 12).timestamp }
    }

    private static let longestHeadlineWords = 25

    /// A last line of a few words without closing punctuation is the site's name, not a sentence.
    private static func isOutletName(_ line: String) -> Bool {
        guard line.count <= 40, line.split(separator: " ").count <= 3, let last = line.last else { return false }
        return !".!?\"”)".contains(last)
    }
}
