import Timestamps

/// Finds the day a scraped article was published from its own text.
enum PublicationDateFinder {
    /// The page chrome "date 2024-05-18 + ↺ − 16 px": its date and where it starts in `line`.
    static func dateChrome(in line: String) -> (date: CivilDate, start: String.Index)? {
        var searchStart = line.startIndex
        while let found = line[searchStart...].firstRange(of: "date ") {
            let isLineStart = found.lowerBound == line.startIndex
            let isWordStart = isLineStart || line[line.index(before: found.lowerBound)] == " "
            if isWordStart, let date = isoDate(at: found.upperBound, in: line),
               isLineStart || line.hasSuffix("px") {
                return (date, found.lowerBound)
            }
            searchStart = found.upperBound
        }
        return nil
    }

    /// The first date near the top of the text: ISO ("2024-05-18") or a dateline
    /// ("May 18", "May 18, 2024"). A dateline without a year takes the latest
    /// year the article mentions, as agencies write "WASHINGTON, May 18. /TASS/".
    static func dateline(in text: String) -> CivilDate? {
        let head = String(text.prefix(headLength))
        if let iso = firstISODate(in: head) {
            return iso
        }
        let words = head.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for index in words.indices.dropLast() {
            guard let month = month(named: words[index]),
                  let day = Int(words[index + 1]), (1...31).contains(day), words[index + 1].count <= 2
            else { continue }
            let statedYear = index + 2 < words.count ? year(words[index + 2]) : nil
            guard let year = statedYear ?? latestYear(in: text) else { return nil }
            let date = CivilDate(year: year, month: month, day: day)
            return date.isValid ? date : nil
        }
        return nil
    }

    private static let headLength = 400

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    private static func month(named word: Substring) -> Int? {
        let lowered = word.lowercased()
        if let full = monthNames.firstIndex(of: lowered) {
            return full + 1
        }
        // Abbreviations only when capitalised: "mar" and "jan" are words too.
        guard word.first?.isUppercase == true else { return nil }
        let abbreviated = lowered == "sept" ? "sep" : lowered
        guard abbreviated.count == 3, let short = monthNames.firstIndex(where: { $0.hasPrefix(abbreviated) }) else {
            return nil
        }
        return short + 1
    }

    private static func year<S: StringProtocol>(_ word: S) -> Int? {
        guard word.count == 4, let value = Int(word), (1900...2099).contains(value) else { return nil }
        return value
    }

    private static func latestYear(in text: String) -> Int? {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { year($0) }.max()
    }

    private static func firstISODate(in text: String) -> CivilDate? {
        var index = text.startIndex
        while index < text.endIndex {
            if let date = isoDate(at: index, in: text) {
                return date
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Reads "YYYY-MM-DD" starting exactly at `start`.
    private static func isoDate(at start: String.Index, in text: String) -> CivilDate? {
        let digits = Array(text[start...].utf8.prefix(10))
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in digits[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }
}
