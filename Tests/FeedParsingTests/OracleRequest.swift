import Foundation

/// The HTTP context `oracle.py` gave feedparser for a corpus file: `Header:` lines
/// in the file's leading comment, and for feedparser's own http tests a
/// `text/xml` type and the URL the suite serves the file from.
struct OracleRequest {
    var contentType: String?
    var documentURL: String?

    init(file: String, bytes: [UInt8]) {
        let head = String(decoding: bytes.prefix(2_048), as: UTF8.self)
        var headers: [String: String] = [:]
        for line in head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) where line.hasPrefix("Header:") {
            let rest = line.dropFirst("Header:".count)
            guard let colon = rest.firstIndex(of: ":") else { continue }
            let name = rest[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let isFeedparserHTTPTest = file.hasPrefix("feedparser/") && file.contains("http")
        if isFeedparserHTTPTest {
            headers["content-type", default: "text/xml"] = headers["content-type"] ?? "text/xml"
            let served = URL(string: "http://127.0.0.1:8097/" + file.dropFirst("feedparser/".count))
            let location = URL(string: headers["content-location"] ?? "", relativeTo: served)
            headers["content-location"] = location?.absoluteString ?? served?.absoluteString
        }
        contentType = headers["content-type"]
        documentURL = headers["content-location"]
    }
}
