/// Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 (feeds and entry documents) and JSON Feed 1.0/1.1.
public struct FeedParser: Sendable {
    public let limits: FeedParserLimits

    public init(limits: FeedParserLimits = FeedParserLimits()) {
        self.limits = limits
    }

    /// - Parameters:
    ///   - documentURL: the final URL the bytes came from (resolves relative links and `xml:base`).
    ///   - contentType: the HTTP `Content-Type`, if any; its charset is the last resort after BOM and XML declaration.
    public func parse(_ bytes: [UInt8], documentURL: String? = nil, contentType: String? = nil) throws(FeedParsingError) -> ParsedFeed {
        guard bytes.contains(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) else {
            throw FeedParsingError(code: .emptyInput, message: "The document is empty.")
        }
        if JSONFeedReader.looksLikeJSON(bytes) {
            return try JSONFeedReader(limits: limits).read(bytes, documentURL: documentURL)
        }
        return try parseXML(bytes, documentURL: documentURL, contentType: contentType)
    }

    private func parseXML(_ bytes: [UInt8], documentURL: String?, contentType: String?) throws(FeedParsingError) -> ParsedFeed {
        var decoded = FeedTextDecoder.decode(bytes, contentType: contentType)
        if let markup = decoded.utf8.firstIndex(of: UInt8(ascii: "<")),
           decoded.utf8[..<markup].contains(where: { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }) {
            // libxml2 gives up on text before the root element; feedparser reads on, and so do we.
            decoded.utf8.removeSubrange(..<markup)
            decoded.problem = decoded.problem ?? "text before the first element was skipped"
        }
        if let repaired = BareAmpersandRepair.repair(decoded.utf8) {
            decoded.utf8 = repaired.bytes
            decoded.problem = decoded.problem ?? "line \(repaired.line): a bare & was read as &amp;"
        }
        let builder = FeedDocumentBuilder(limits: limits, documentURL: documentURL)
        let parser = XMLStreamParser(handler: builder, maxEntityExpansions: limits.maxEntityExpansions)
        parser.parse(utf8: decoded.utf8)
        guard builder.rootWasFeed || !builder.feed.entries.isEmpty else {
            throw FeedParsingError(
                code: .notAFeed,
                message: "The document has no RSS, Atom or JSON Feed root element"
                    + (parser.firstProblem.map { " (\($0))" } ?? "") + "."
            )
        }
        var feed = builder.takeFeed()
        if feed.updated == nil { feed.updated = builder.feedPublished }
        feed.encoding = decoded.encoding
        let problem = decoded.problem ?? parser.firstProblem
        feed.isRecovered = problem != nil
        feed.recoveryNote = problem
        feed.identityNote = EntryIdentity.assignKeys(to: &feed.entries, sawBlankID: builder.sawBlankGuid)
        return feed
    }
}
