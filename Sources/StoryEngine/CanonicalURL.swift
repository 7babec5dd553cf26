/// An article URL reduced to what identifies the article: scheme and host
/// case, a leading "www.", the fragment, tracking parameters and a trailing
/// slash are dropped, so one article shared through different feeds compares equal.
///
/// Works on the URL's UTF-8 bytes: every delimiter is ASCII, and cutting by
/// characters cost a grapheme-cluster walk per byte, about as much as
/// tokenising the item's text.
struct CanonicalURL: Hashable {
    let text: String

    init?(_ url: String) {
        let scalars = url.unicodeScalars
        let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
        let end = scalars.lastIndex { !$0.properties.isWhitespace }.map(scalars.index(after:)) ?? start
        var rest = Array(url.utf8[start..<end])[...]
        guard let separator = Self.schemeSeparator(in: rest), Self.isWebScheme(rest[..<separator.lowerBound])
        else { return nil }
        rest = rest[separator.upperBound...]
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            rest = rest[..<hash]
        }
        let hostEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? rest.endIndex
        var host = Self.lowercased(rest[..<hostEnd])[...]
        guard !host.isEmpty else { return nil }
        if host.starts(with: "www.".utf8) {
            host = host.dropFirst(4)
        }
        if host.hasSuffix(":80".utf8) {
            host = host.dropLast(3)
        } else if host.hasSuffix(":443".utf8) {
            host = host.dropLast(4)
        }
        var path = rest[hostEnd...]
        var query: [ArraySlice<UInt8>] = []
        if let questionMark = path.firstIndex(of: UInt8(ascii: "?")) {
            query = path[(questionMark + 1)...].split(separator: UInt8(ascii: "&")).filter { !Self.isTracking($0) }
            path = path[..<questionMark]
        }
        while path.last == UInt8(ascii: "/") {
            path.removeLast()
        }
        // The scheme is left out: the same article is often linked over http by one feed and https by another.
        var canonical = Array(host) + path
        if !query.isEmpty {
            canonical.append(UInt8(ascii: "?"))
            canonical += query.sorted { $0.lexicographicallyPrecedes($1) }.joined(separator: [UInt8(ascii: "&")])
        }
        text = String(decoding: canonical, as: UTF8.self)
    }

    /// Where the first "://" is. A plain scan: the generic `firstRange(of:)` cost more than all the rest.
    private static func schemeSeparator(in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        var searched = bytes
        while let colon = searched.firstIndex(of: UInt8(ascii: ":")) {
            if bytes[colon...].starts(with: "://".utf8) {
                return colon..<(colon + 3)
            }
            searched = bytes[(colon + 1)...]
        }
        return nil
    }

    private static func isWebScheme(_ scheme: ArraySlice<UInt8>) -> Bool {
        let lowered = lowercased(scheme)
        return lowered.elementsEqual("http".utf8) || lowered.elementsEqual("https".utf8)
    }

    /// ASCII letters folded byte by byte; anything else (an internationalised host) through Unicode case mapping.
    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        }
        return bytes.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
    }

    private static let trackingNames: Set<[UInt8]> = Set([
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref", "ref_src",
        "cmpid", "ocid", "smid", "smtyp", "srnd", "track", "cid", "rss", "feed", "partner", "taid", "ito",
    ].map { Array($0.utf8) })

    private static func isTracking(_ parameter: ArraySlice<UInt8>) -> Bool {
        let name = lowercased(parameter.prefix { $0 != UInt8(ascii: "=") })
        return name.isEmpty || name.starts(with: "utm_".utf8) || trackingNames.contains(name)
    }
}

extension ArraySlice<UInt8> {
    fileprivate func hasSuffix(_ suffix: String.UTF8View) -> Bool {
        count >= suffix.count && suffix.elementsEqual(self[(endIndex - suffix.count)...])
    }
}
