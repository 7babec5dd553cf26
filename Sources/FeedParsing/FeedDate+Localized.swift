import Timestamps

extension FeedDate {
    /// Greek RFC 822 dates, Hungarian month names in W3C-DTF, and the two Korean
    /// blog-host formats (OnBlog's `2004년 05월 28일 01:31:15`, Nate's
    /// `2004-05-25 오후 11:23:17`), both in Korean Standard Time.
    static func parseLocalized(_ text: String) -> Timestamp? {
        if text.contains("년") || text.contains("오전") || text.contains("오후") { return parseKorean(text) }
        if let hungarian = hungarianMonths.first(where: { text.contains("-\($0.key)-") }) {
            let numeric = text.replacing("-\(hungarian.key)-", with: "-\(hungarian.value)-", maxReplacements: 1)
            return parseW3CDTF(Array(numeric.utf8))
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let bare = word.hasSuffix(",") ? word.dropLast() : word
            guard let english = greekNames[String(bare)] else { return String(word) }
            return english + (word.hasSuffix(",") ? "," : "")
        }
        let translated = words.joined(separator: " ")
        return translated == text ? nil : Timestamp(rfc822: translated)
    }

    private static func parseKorean(_ text: String) -> Timestamp? {
        let numbers = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 6 else { return nil }
        var hour = numbers[3]
        if text.contains("오후"), hour < 12 { hour += 12 }
        if text.contains("오전"), hour == 12 { hour = 0 }
        let civil = CivilDate(year: numbers[0], month: numbers[1], day: numbers[2], hour: hour,
                              minute: numbers[4], second: numbers[5])
        guard civil.isValid else { return nil }
        return civil.timestamp.adding(seconds: -9 * 3_600)
    }

    private static let hungarianMonths: [String: String] = [
        "január": "01", "február": "02", "március": "03", "április": "04", "május": "05", "június": "06",
        "július": "07", "augusztus": "08", "szeptember": "09", "október": "10", "november": "11", "december": "12",
    ]

    /// feedparser's table, spelling variants included.
    private static let greekNames: [String: String] = [
        "Ιαν": "Jan", "Φεβ": "Feb", "Μάώ": "Mar", "Μαώ": "Mar", "Απρ": "Apr", "Μάι": "May", "Μαϊ": "May",
        "Μαι": "May", "Ιούν": "Jun", "Ιον": "Jun", "Ιούλ": "Jul", "Ιολ": "Jul", "Αύγ": "Aug", "Αυγ": "Aug",
        "Σεπ": "Sep", "Οκτ": "Oct", "Νοέ": "Nov", "Νοε": "Nov", "Δεκ": "Dec",
        "Κυρ": "Sun", "Δευ": "Mon", "Τρι": "Tue", "Τετ": "Wed", "Πεμ": "Thu", "Παρ": "Fri", "Σαβ": "Sat",
    ]
}
