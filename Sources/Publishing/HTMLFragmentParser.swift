// libxml2 exposes its depth limit `xmlParserMaxDepth` as a mutable global, which
// Swift 6 flags; it is set when the library loads and never reassigned here.
@preconcurrency internal import CLibXML2

/// Parses an HTML fragment from a feed with libxml2's forgiving HTML parser,
/// for the sanitiser.
///
/// The parser's events go straight to a handler instead of into a tree: building
/// and freeing libxml2's tree cost more than the parse itself. The events are those
/// a walk of that tree would give (see `HTMLFragmentEvents`), so the output is the same.
enum HTMLFragmentParser {
    /// A leading <body> keeps libxml2 from wrapping bare leading text in an implied <p>.
    private static let prefix: StaticString = "<html><body>"

    /// Feeds the fragment's events to `handler`; false when libxml2 could not start.
    static func parse(_ html: String, into handler: any HTMLFragmentHandler) -> Bool {
        var source: [UInt8] = []
        source.reserveCapacity(prefix.utf8CodeUnitCount + html.utf8.count)
        prefix.withUTF8Buffer { source.append(contentsOf: $0) }
        MarkupText.append(html, escaping: .nothing, to: &source)
        guard source.count < Int32.max, let context = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(context) }
        let events = HTMLFragmentEvents(handler: handler, context: context, maximumDepth: Int(xmlParserMaxDepth))
        events.install(in: context)
        let options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue
        let document = withExtendedLifetime(events) {
            source.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
                }
            }
        }
        if let document { xmlFreeDoc(document) }
        events.finish()
        return true
    }
}
