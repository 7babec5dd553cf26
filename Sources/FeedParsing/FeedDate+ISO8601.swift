import Timestamps

extension FeedDate {
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (or `YYYYMMDD`, or feedparser's `YYYY-0MM-DD`),
    /// then optionally `T` or a space, `H:MM[:SS[.fff]]`, and a zone (`Z`, `±HH:MM`, `±HHMM`),
    /// which may follow a space. A date with no zone is taken as UTC.
    static func parseW3CDTF(_ bytes: [UInt8]) -> Timestamp? {
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4...4) else { return nil }
        var month = 1
        var day = 1
        if scanner.skip("-") {
            guard let value = scanner.number(digits: 2...3) else { return nil }
            month = value
            if scanner.skip("-") {
                guard let value = scanner.number(digits: 2...2) else { return nil }
                day = value
            }
        } else if scanner.remaining >= 4, let value = scanner.number(digits: 4...4) {
            (month, day) = (value / 100, value % 100)
        }
        var civil = CivilDate(year: year, month: month, day: day)
        var offset = 0
        if scanner.isAtTimeSeparator {
            scanner.advance()
            guard let hour = scanner.number(digits: 1...2), scanner.skip(":"),
                  let minute = scanner.number(digits: 2...2)
            else { return nil }
            civil.hour = hour
            civil.minute = minute
            if scanner.skip(":") {
                guard let second = scanner.number(digits: 2...2) else { return nil }
                civil.second = second
                if scanner.skip(".") || scanner.skip(",") {
                    guard scanner.number(digits: 1...12) != nil else { return nil }
                }
            }
            _ = scanner.skip(" ")
            if !scanner.isAtEnd {
                guard let zone = scanner.zoneOffset() else { return nil }
                offset = zone
            }
        }
        guard scanner.isAtEnd, civil.isValid else { return nil }
        return civil.timestamp.adding(seconds: Int64(-offset))
    }

    /// ISO 8601's two-digit-year forms feedparser accepts: `YYMMDD`, `YY-MM-DD`,
    /// `-YYMM`, `-YY-MM` and the ordinal `YYOOO` / `YY-OOO`, all in this century.
    static func parseTruncatedISO8601(_ bytes: [UInt8]) -> Timestamp? {
        var scanner = DigitScanner(bytes)
        let century = 2_000
        if scanner.skip("-") {
            guard let year = scanner.number(digits: 2...2) else { return nil }
            _ = scanner.skip("-")
            guard let month = scanner.number(digits: 2...2), scanner.isAtEnd else { return nil }
            let civil = CivilDate(year: century + year, month: month, day: 1)
            return civil.isValid ? civil.timestamp : nil
        }
        guard let year = scanner.number(digits: 2...2) else { return nil }
        let dashed = scanner.skip("-")
        let rest = scanner.remaining
        if rest == 3, let ordinal = scanner.number(digits: 3...3) {
            let daysInYear = CivilDate.isLeapYear(century + year) ? 366 : 365
            guard (1...daysInYear).contains(ordinal) else { return nil }
            return CivilDate(year: century + year, month: 1, day: 1).timestamp.adding(seconds: Int64(ordinal - 1) * 86_400)
        }
        guard let month = scanner.number(digits: 2...2) else { return nil }
        if dashed { guard scanner.skip("-") else { return nil } }
        guard let day = scanner.number(digits: 2...2), scanner.isAtEnd else { return nil }
        let civil = CivilDate(year: century + year, month: month, day: day)
        return civil.isValid ? civil.timestamp : nil
    }
}
