/// Makes URLs delivered by feeds fit to stand in an `href`: browsers and XML readers
/// disagree on stray spaces, quotes and non-ASCII, so everything outside RFC 3986's
/// characters is percent-encoded (existing escapes are kept, never doubled).
enum URIText {
    static func cleaned(_ text: String) -> String {
        var result = ""
        for byte in trimmedControls(text).utf8 {
            if isURICharacter(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += percentEscape(byte)
            }
        }
        return result
    }

    /// For an opaque token placed in a path segment: keeps only RFC 3986's unreserved set.
    static func percentEncodingAllButUnreserved(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += percentEscape(byte)
            }
        }
        return result
    }

    /// Browsers drop tabs and newlines anywhere in a URL and controls or spaces at its
    /// ends; doing the same before any check means we judge the URL a browser would follow.
    static func trimmedControls(_ text: String) -> String {
        // Every byte concerned is ASCII, so the UTF-8 view suffices and no
        // multi-byte character can be split.
        let bytes = text.utf8
        guard let start = bytes.firstIndex(where: { $0 > 0x20 }),
              let end = bytes.lastIndex(where: { $0 > 0x20 })
        else { return "" }
        let core = bytes[start...end]
        guard core.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return String(Substring(core))
        }
        return String(decoding: core.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func isURICharacter(_ byte: UInt8) -> Bool {
        if isUnreserved(byte) { return true }
        return ":/?#[]@!$&'()*+,;=%".utf8.contains(byte)
    }

    private static func percentEscape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return "%" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]], as: UTF8.self)
    }
}
