internal import Glibc

/// Finds a document's character encoding and converts it to UTF-8 before
/// libxml2 sees it: the byte-order mark first, then the XML declaration, then
/// the HTTP charset. Doing the conversion here (with iconv, which knows every
/// encoding libxml2 would) means invalid bytes become U+FFFD instead of
/// stopping libxml2's own decoder half-way through the feed.
enum FeedTextDecoder {
    struct Decoded {
        var utf8: [UInt8]
        var encoding: String
        var problem: String?
    }

    static func decode(_ bytes: [UInt8], contentType: String?) -> Decoded {
        let detected = detectEncoding(bytes, contentType: contentType)
        // Without a byte-order mark the input is shared, not copied.
        let body = detected.bomLength == 0 ? bytes : Array(bytes[detected.bomLength...])
        let census = UTF8Census(body)
        if detected.encoding == "utf-8" {
            if census.isValid { return Decoded(utf8: body, encoding: "utf-8") }
            if !detected.wasDeclared, !census.isMostlyUTF8,
               let latin = Transcoder.convert(body, from: "windows-1252"), !latin.hadErrors {
                // An undeclared feed that is not UTF-8 is nearly always windows-1252 (feedparser's fallback too).
                return Decoded(utf8: latin.utf8, encoding: "windows-1252",
                               problem: "the document is not UTF-8 and declares no encoding; read as windows-1252")
            }
            return Decoded(utf8: census.repaired(body), encoding: "utf-8", problem: "invalid UTF-8 bytes were replaced")
        }
        if detected.bomLength == 0, census.hasMultibyteSequences, census.isValid || census.isMostlyUTF8 {
            // Text whose non-ASCII bytes form valid UTF-8 is UTF-8, whatever the declaration says:
            // other encodings almost never form valid multi-byte sequences by chance.
            return Decoded(utf8: census.isValid ? body : census.repaired(body), encoding: "utf-8",
                           problem: "the document declares \(detected.encoding) but is UTF-8")
        }
        guard let converted = Transcoder.convert(body, from: detected.encoding) else {
            return Decoded(utf8: census.repaired(body), encoding: "utf-8",
                           problem: "unknown encoding \(detected.encoding); read as UTF-8")
        }
        return Decoded(
            utf8: converted.utf8, encoding: detected.encoding,
            problem: converted.hadErrors ? "bytes invalid in \(detected.encoding) were replaced" : nil
        )
    }

    struct Detected {
        var encoding: String
        var bomLength: Int
        var wasDeclared: Bool
    }

    static func detectEncoding(_ bytes: [UInt8], contentType: String?) -> Detected {
        let head = Array(bytes.prefix(4))
        switch head {
        case [0x00, 0x00, 0xFE, 0xFF]: return Detected(encoding: "utf-32be", bomLength: 4, wasDeclared: true)
        case [0xFF, 0xFE, 0x00, 0x00]: return Detected(encoding: "utf-32le", bomLength: 4, wasDeclared: true)
        case [0x00, 0x00, 0x00, 0x3C]: return Detected(encoding: "utf-32be", bomLength: 0, wasDeclared: true)
        case [0x3C, 0x00, 0x00, 0x00]: return Detected(encoding: "utf-32le", bomLength: 0, wasDeclared: true)
        case [0x00, 0x3C, 0x00, 0x3F]: return Detected(encoding: "utf-16be", bomLength: 0, wasDeclared: true)
        case [0x3C, 0x00, 0x3F, 0x00]: return Detected(encoding: "utf-16le", bomLength: 0, wasDeclared: true)
        default: break
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { return Detected(encoding: "utf-8", bomLength: 3, wasDeclared: true) }
        if head.starts(with: [0xFE, 0xFF]) { return Detected(encoding: "utf-16be", bomLength: 2, wasDeclared: true) }
        if head.starts(with: [0xFF, 0xFE]) { return Detected(encoding: "utf-16le", bomLength: 2, wasDeclared: true) }
        // An 8-bit document cannot really be UTF-16 or UTF-32, whatever it declares.
        if let declared = declaredEncoding(bytes), !declared.hasPrefix("utf-16"), !declared.hasPrefix("utf-32"),
           !declared.hasPrefix("ucs") {
            return Detected(encoding: canonicalName(declared), bomLength: 0, wasDeclared: true)
        }
        if let charset = contentType.flatMap(charsetParameter) {
            return Detected(encoding: canonicalName(charset), bomLength: 0, wasDeclared: true)
        }
        return Detected(encoding: "utf-8", bomLength: 0, wasDeclared: false)
    }

    /// The `encoding` pseudo-attribute of an XML declaration within the first bytes.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1_024), as: UTF8.self)
        guard let start = head.firstRange(of: "<?xml"),
              let end = head[start.upperBound...].firstRange(of: "?>"),
              let key = head[start.upperBound..<end.lowerBound].firstRange(of: "encoding")
        else { return nil }
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var rest = head[key.upperBound..<end.lowerBound].drop(while: isBlank)
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: isBlank)
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix(while: { $0 != quote })
        return value.isEmpty ? nil : value.lowercased()
    }

    static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmed.lowercased() == "charset" else { continue }
            let value = parts[1].trimmed.filter { $0 != "\"" && $0 != "'" }
            if !value.isEmpty { return value.lowercased() }
        }
        return nil
    }

    private static func canonicalName(_ name: String) -> String {
        switch name {
        case "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "iso-646-us", "ansi_x3.4-1968": return "utf-8"
        default: return name
        }
    }
}
