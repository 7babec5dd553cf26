/// An article URL reduced to what identifies the article: scheme and host
/// case, a leading "www.", the fragment, tracking parameters and a trailing
/// slash are dropped, so one article shared through different feeds compares equal.
struct CanonicalURL: Hashable {
    let text: String

    init?(_ url: String) {
        var rest = Substring(url.trimmingSpaces)
        guard let schemeEnd = rest.firstRange(of: "://") else { return nil }
        let scheme = rest[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        rest = rest[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") {
            rest = rest[..<hash]
        }
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var host = rest[..<hostEnd].lowercased()
        guard !host.isEmpty else { return nil }
        if host.hasPrefix("www.") {
            host.removeFirst(4)
        }
        if host.hasSuffix(":80") {
            host.removeLast(3)
        } else if host.hasSuffix(":443") {
            host.removeLast(4)
        }
        var path = rest[hostEnd...]
        var query: [Substring] = []
        if let questionMark = path.firstIndex(of: "?") {
            query = path[path.index(after: questionMark)...].split(separator: "&").filter { !CanonicalURL.isTracking($0) }
            path = path[..<questionMark]
        }
        while path.hasSuffix("/") {
            path.removeLast()
        }
        // The scheme is left out: the same article is often linked over http by one feed and https by another.
        text = host + path + (query.isEmpty ? "" : "?" + query.sorted().joined(separator: "&"))
    }

    private static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref", "ref_src",
        "cmpid", "ocid", "smid", "smtyp", "srnd", "track", "cid", "rss", "feed", "partner", "taid", "ito",
    ]

    private static func isTracking(_ parameter: Substring) -> Bool {
        let name = parameter.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return name.isEmpty || name.hasPrefix("utm_") || trackingNames.contains(name)
    }
}
