extension Timestamp {
    /// Reads the date forms of mail and HTTP as servers and feeds really write
    /// them: RFC 822 / 1123 (`Thu, 01 Jan 2004 19:48:21 GMT`), RFC 850
    /// (`Sunday, 06-Nov-94 08:49:37 GMT`), asctime (`Sun Nov  6 08:49:37 1994`)
    /// and their common deformations (no day name, full month names, a comma
    /// after the month, missing seconds, a missing zone meaning UTC, zone
    /// names, `GMT+01:00`, two-digit years).
    ///
    /// Tokens are classified by shape rather than by position because the
    /// deformations move them around; an unknown word is accepted only where a
    /// zone can stand (after the time), so a misspelt month still fails.
    public init?(rfc822 text: String) {
        if let canonical = canonicalRFC1123(Array(text.utf8)) {
            self = canonical
            return
        }
        var fields = RFC822Fields()
        for token in rfc822Tokens(text) {
            guard fields.absorb(token) else { return nil }
        }
        guard let timestamp = fields.timestamp else { return nil }
        self = timestamp
    }
}

/// The form nearly every feed and server writes, `Thu, 01 Jan 2004 19:48:21 +0100`
/// (or a zone name), read straight from the bytes; anything else goes the long way.
private func canonicalRFC1123(_ bytes: [UInt8]) -> Timestamp? {
    guard bytes.count >= 29, bytes[3] == UInt8(ascii: ","), bytes[4] == 32, bytes[7] == 32, bytes[11] == 32,
          bytes[16] == 32, bytes[19] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"), bytes[25] == 32
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
    let monthKey = String(decoding: bytes[8..<11], as: UTF8.self).lowercased()
    guard let day = number(5..<7), let year = number(12..<16), let hour = number(17..<19),
          let minute = number(20..<22), let second = number(23..<25),
          let month = monthNumber(monthKey)
    else { return nil }
    let zone = bytes[26...]
    let offset: Int?
    if zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-") {
        offset = zone.count == 5 ? parseNumericOffset(Substring(decoding: zone.dropFirst(), as: UTF8.self),
                                                      negative: zone.first == UInt8(ascii: "-")) : nil
    } else {
        offset = namedZoneHours[String(decoding: zone, as: UTF8.self).lowercased()].map { $0 * 3_600 }
    }
    guard let offset else { return nil }
    let civil = CivilDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    guard civil.isValid else { return nil }
    return civil.timestamp.adding(seconds: Int64(-offset))
}

/// Splits on blanks and commas, dropping RFC 822 comments such as the
/// `(CEST)` that JavaScript's `Date.toString` appends.
private func rfc822Tokens(_ text: String) -> [Substring] {
    guard text.utf8.contains(UInt8(ascii: "(")) else { return text.split(whereSeparator: isTokenSeparator) }
    var uncommented = ""
    var depth = 0
    for character in text {
        switch character {
        case "(": depth += 1
        case ")" where depth > 0: depth -= 1
        default: if depth == 0 { uncommented.append(character) }
        }
    }
    return uncommented.split(whereSeparator: isTokenSeparator)
}

private func isTokenSeparator(_ character: Character) -> Bool {
    character == " " || character == "," || character == "\t" || character == "\r" || character == "\n"
}

private struct RFC822Fields {
    var numbers: [Substring] = []
    var month: Int?
    var time: (hour: Int, minute: Int, second: Int)?
    var offsetSeconds: Int?
    var addsTwelveHours = false

    /// Takes one token; false when the token cannot belong to a date.
    mutating func absorb(_ token: Substring) -> Bool {
        let lower = token.lowercased()
        if let first = lower.first, first.isNumber {
            if lower.contains(":") { return absorbTime(lower) }
            if lower.contains("-") || lower.contains("/") { return absorbDashedDate(lower) }
            guard lower.allSatisfy(\.isASCIIDigit), numbers.count < 2 else { return false }
            numbers.append(Substring(lower))
            return true
        }
        if lower.hasPrefix("+") || lower.hasPrefix("-") {
            guard time != nil || numbers.count == 2, offsetSeconds == nil,
                  let offset = parseNumericOffset(lower.dropFirst(), negative: lower.hasPrefix("-"))
            else { return false }
            offsetSeconds = offset
            return true
        }
        if monthNumber(lower) != nil, month == nil {
            month = monthNumber(lower)
            return true
        }
        if isDayName(lower), month == nil, time == nil { return true }
        if lower == "am" || lower == "pm", let current = time, (1...12).contains(current.hour) {
            time = (current.hour % 12, current.minute, current.second)
            addsTwelveHours = lower == "pm"
            return true
        }
        guard time != nil, offsetSeconds == nil, let offset = zoneOffset(lower) else { return false }
        offsetSeconds = offset
        return true
    }

    private mutating func absorbTime(_ token: String) -> Bool {
        guard time == nil else { return false }
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              parts[0].count <= 2, parts[1].count == 2
        else { return false }
        var second = 0
        if parts.count == 3 {
            // A fraction of a second is finer than we keep.
            let whole = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard whole.count == 2, let value = Int(whole) else { return false }
            second = value
        }
        time = (hour, minute, second)
        return true
    }

    /// RFC 850's `06-Nov-94`, and the `2006/09/15` some servers write.
    private mutating func absorbDashedDate(_ token: String) -> Bool {
        let parts = token.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 3, numbers.isEmpty, month == nil else { return false }
        if let named = monthNumber(String(parts[1])), parts[0].allSatisfy(\.isASCIIDigit),
           parts[2].allSatisfy(\.isASCIIDigit) {
            month = named
            numbers = [parts[0], parts[2]]
            return true
        }
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), parts[0].count == 4,
              let numeric = Int(parts[1])
        else { return false }
        month = numeric
        numbers = [parts[2], parts[0]]
        return true
    }

    var timestamp: Timestamp? {
        guard let month, numbers.count == 2 else { return nil }
        var dayText = numbers[0]
        var yearText = numbers[1]
        if dayText.count > 2, yearText.count <= 2 { swap(&dayText, &yearText) }
        guard dayText.count <= 2, let day = Int(dayText), var year = Int(yearText) else { return nil }
        if yearText.count <= 2 {
            // Two-digit years: the nineties are 19xx, the rest 20xx (feedparser's rule).
            year += year >= 90 ? 1_900 : 2_000
        }
        let clock = time ?? (0, 0, 0)
        let civil = CivilDate(
            year: year, month: month, day: day,
            hour: clock.hour + (addsTwelveHours ? 12 : 0), minute: clock.minute, second: clock.second
        )
        guard civil.isValid else { return nil }
        return civil.timestamp.adding(seconds: Int64(-(offsetSeconds ?? 0)))
    }
}

/// `+0100`, `-01:01`, `+01`, `+1`: hours and minutes east of UTC.
func parseNumericOffset(_ digits: Substring, negative: Bool) -> Int? {
    let parts = digits.split(separator: ":", omittingEmptySubsequences: false)
    let hours: Int
    let minutes: Int
    if parts.count == 2 {
        guard (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        (hours, minutes) = (h, m)
    } else {
        guard parts.count == 1, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        switch digits.count {
        case 1, 2: (hours, minutes) = (Int(digits) ?? 0, 0)
        case 4: (hours, minutes) = (Int(digits.prefix(2)) ?? 0, Int(digits.suffix(2)) ?? 0)
        default: return nil
        }
    }
    guard hours <= 23, minutes <= 59 else { return nil }
    let seconds = hours * 3_600 + minutes * 60
    return negative ? -seconds : seconds
}

private let monthNames = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]

private let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

/// A month's abbreviation of three letters or more ("Sept", "Sept.", "September"), nothing longer.
private func monthNumber(_ word: String) -> Int? {
    let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
    guard trimmed.utf8.count >= 3 else { return nil }
    return monthNames.firstIndex { $0.hasPrefix(trimmed) }.map { $0 + 1 }
}

private func isDayName(_ word: String) -> Bool {
    let trimmed = word.hasSuffix(".") ? String(word.dropLast()) : word
    return trimmed.utf8.count >= 2 && dayNames.contains { $0.hasPrefix(trimmed) }
}

/// A zone name, or a name followed by an offset (`GMT-01:01`, `UTC+2`).
private func zoneOffset(_ word: String) -> Int? {
    var name = Substring(word)
    if name.hasPrefix("etc/") { name = name.dropFirst(4) }
    if let signIndex = name.firstIndex(where: { $0 == "+" || $0 == "-" }) {
        guard ["gmt", "ut", "utc"].contains(name[..<signIndex]) else { return nil }
        return parseNumericOffset(name[name.index(after: signIndex)...], negative: name[signIndex] == "-")
    }
    if let hours = namedZoneHours[String(name)] { return hours * 3_600 }
    if name.count == 1, let letter = name.unicodeScalars.first, let hours = militaryZoneHours(letter) {
        return hours * 3_600
    }
    // An unknown zone name after a good time reads as UTC rather than losing the date.
    return name.allSatisfy(\.isLetter) ? 0 : nil
}

private let namedZoneHours: [String: Int] = [
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "met": 1, "cest": 2, "mest": 2,
    "eet": 2, "eest": 3, "msk": 3,
    "adt": -3, "ast": -4, "at": -4, "edt": -4, "est": -5, "et": -5, "cdt": -5, "cst": -6, "ct": -6,
    "mdt": -6, "mst": -7, "mt": -7, "pdt": -7, "pst": -8, "pt": -8, "akst": -9, "akdt": -8, "hst": -10,
]

/// RFC 822's single letters with the signs that RFC prints (A is -1, N is +1);
/// RFC 1123 notes those signs are backwards from military use, but feeds that
/// send them were written against RFC 822 and feedparser reads them the same way.
private func militaryZoneHours(_ letter: Unicode.Scalar) -> Int? {
    switch letter {
    case "a"..."i": return -Int(letter.value - 96)
    case "k"..."m": return -Int(letter.value - 97)
    case "n"..."y": return Int(letter.value - 109)
    default: return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
