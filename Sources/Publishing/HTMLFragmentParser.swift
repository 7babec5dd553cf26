internal import CLibXML2

/// Parses an HTML fragment from a feed with libxml2's forgiving HTML parser,
/// for the sanitiser and for plain-text extraction alike.
enum HTMLFragmentParser {
    /// Calls `body` with the parsed document (nil when libxml2 gives up), then frees it.
    static func withDocument<T>(_ html: String, _ body: (htmlDocPtr?) -> T) -> T {
        // A leading <body> keeps libxml2 from wrapping bare leading text in an implied <p>.
        let source = Array(("<html><body>" + MarkupText.removingForbiddenCharacters(html)).utf8)
        guard source.count < Int32.max else { return body(nil) }
        let options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue
        let parsed = source.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", Int32(options))
            }
        }
        defer { if let parsed { xmlFreeDoc(parsed) } }
        return body(parsed)
    }
}
