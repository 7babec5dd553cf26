/// Cleans HTML delivered by feeds before we republish it: our parser builds the
/// tree libxml2's HTML parser would (it recovers from anything a feed sends), and
/// only allowlisted elements and attributes are written back out, with every URL checked.
///
/// Text and attribute values are re-escaped on output, so markup hidden inside
/// them (the classic `<noscript><p title="</noscript><img onerror=…>">`) stays text.
public struct HTMLSanitizer: Sendable {
    /// When false, images, audio and video that would load from the network are
    /// dropped (an image's `alt` text stays): for pages that must be self-contained.
    public var allowsRemoteMedia: Bool

    public init(allowsRemoteMedia: Bool = true) {
        self.allowsRemoteMedia = allowsRemoteMedia
    }

    /// Returns an HTML fragment safe to embed in our pages and feeds; relative URLs
    /// are resolved against `baseURL` (the page the fragment came from), when given.
    public func sanitize(_ html: String, baseURL: String?) -> String {
        let writer = SanitizedHTMLWriter(
            policy: self, baseURL: usableBase(baseURL), expectedSize: html.utf8.count + html.utf8.count / 8
        )
        HTMLFragmentParser.parse(html, into: writer)
        return String(decoding: writer.output, as: UTF8.self)
    }

    /// The fragment sanitised under this policy and under `other`, from one
    /// parse (the parse is most of a sanitisation's cost), as UTF-8.
    public func sanitize(_ html: String, baseURL: String?, alsoUnder other: HTMLSanitizer) -> ([UInt8], [UInt8]) {
        let base = usableBase(baseURL)
        let expectedSize = html.utf8.count + html.utf8.count / 8
        let writer = SanitizedHTMLWriter(policy: self, baseURL: base, expectedSize: expectedSize)
        let otherWriter = SanitizedHTMLWriter(policy: other, baseURL: base, expectedSize: expectedSize)
        HTMLFragmentParser.parse(html, into: HTMLFragmentTee(writer, otherWriter))
        return (writer.output, otherWriter.output)
    }

    /// Turns a `text/plain` body into HTML: escaped, blank lines as paragraph breaks
    /// and single newlines as line breaks.
    public static func escapePlainText(_ text: String) -> String {
        let normalized = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        let paragraphs = normalized.split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        return paragraphs.map { paragraph in
            "<p>" + paragraph.split(separator: "\n").map { MarkupText.text(String($0)) }.joined(separator: "<br />")
                + "</p>"
        }.joined(separator: "\n")
    }

    private func usableBase(_ baseURL: String?) -> String? {
        guard let base = baseURL.map(URIText.cleaned), let scheme = SafeURL.scheme(of: base),
              scheme == "http" || scheme == "https"
        else { return nil }
        return base
    }
}
