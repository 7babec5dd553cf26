/// A report's body as HTML safe to embed, in both forms we publish it, made
/// from one parse: a first cycle renders every story's lead into an article
/// page and into an archive entry, and the parse is most of a sanitisation.
///
/// Both are UTF-8 bytes, as the writers append them: a `String` would only have
/// them checked, byte by byte, for being the UTF-8 they are built as.
public struct SanitizedBody: Sendable, Equatable {
    /// For the feeds, whose readers load what they choose: remote media kept.
    public let forFeeds: [UInt8]
    /// For our self-contained article pages: remote media dropped, an image's `alt` text kept.
    public let forPages: [UInt8]

    /// Sanitised when the feed sent HTML, escaped when it sent text; relative
    /// links resolve against the article's URL.
    public init(of report: SourceReport) {
        guard let body = report.body, !body.allSatisfy(\.isWhitespace) else {
            (forFeeds, forPages) = ([], [])
            return
        }
        guard report.bodyIsHTML else {
            forFeeds = Array(HTMLSanitizer.escapePlainText(body).utf8)
            forPages = forFeeds
            return
        }
        let (feeds, pages) = HTMLSanitizer(allowsRemoteMedia: true)
            .sanitize(body, baseURL: report.url ?? report.outletURL, alsoUnder: HTMLSanitizer(allowsRemoteMedia: false))
        forFeeds = WhitespaceTrimming.trimming(feeds)
        forPages = WhitespaceTrimming.trimming(pages)
    }
}
