/// Makes URLs delivered by feeds fit to stand in an `href`: browsers and XML readers
/// disagree on stray spaces, quotes and non-ASCII, so everything outside RFC 3986's
/// characters is percent-encoded (existing escapes are kept, never doubled).
///
/// Works on UTF-8 bytes and returns its input when nothing changes: the sanitiser
/// runs every URL of every body through here.
enum URIText {
    static func cleaned(_ text: String) -> String {
        percentEncoding(trimmedControls(text), keeping: isURICharacter)
    }

    /// For an opaque token placed in a path segment: keeps only RFC 3986's unreserved set.
    static func percentEncodingAllButUnreserved(_ text: String) -> String {
        percentEncoding(text, keeping: isUnreserved)
    }

    /// Browsers drop tabs and newlines anywhere in a URL and controls or spaces at its
    /// ends; doing the same before any check means we judge the URL a browser would follow.
    static func trimmedControls(_ text: String) -> String {
        // Every byte concerned is ASCII, so the UTF-8 view suffices and no
        // multi-byte character can be split.
        var text = text
        let trimmed: String? = text.withUTF8 { bytes in
            guard let start = bytes.firstIndex(where: { $0 > 0x20 }), let end = bytes.lastIndex(where: { $0 > 0x20 })
            else { return "" }
            let core = UnsafeBufferPointer(rebasing: bytes[start...end])
            guard core.contains(where: isDroppedInside) else {
                return core.count == bytes.count ? nil : String(decoding: core, as: UTF8.self)
            }
            return String(decoding: core.filter { !isDroppedInside($0) }, as: UTF8.self)
        }
        return trimmed ?? text
    }

    private static func isDroppedInside(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func percentEncoding(_ text: String, keeping isKept: (UInt8) -> Bool) -> String {
        var text = text
        let encoded: String? = text.withUTF8 { bytes in
            guard !bytes.allSatisfy(isKept) else { return nil }
            let digits: StaticString = "0123456789ABCDEF"
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                if isKept(byte) {
                    result.append(byte)
                } else {
                    result.append(UInt8(ascii: "%"))
                    result.append(digits.utf8Start[Int(byte >> 4)])
                    result.append(digits.utf8Start[Int(byte & 0x0F)])
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
        return encoded ?? text
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

    /// Unreserved, reserved (`:/?#[]@!$&'()*+,;=`) or `%`.
    private static func isURICharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "@"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"),
             UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
            return true
        default:
            return isUnreserved(byte)
        }
    }
}
