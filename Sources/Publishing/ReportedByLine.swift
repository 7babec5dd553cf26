/// The visible "Reported by A, B and C" line: most feed readers ignore
/// `atom:source` and `rel="related"`, so the sources must also be in the text.
enum ReportedByLine {
    static func write(_ sources: [SourceReport], into html: inout HTMLBuffer) {
        html.markup("Reported by ")
        html.list(sources, writeLink)
    }

    /// The outlet's name linked to its report, else to its site, else plain.
    private static func writeLink(_ source: SourceReport, into html: inout HTMLBuffer) {
        guard let target = (source.url ?? source.outletURL).flatMap({ SafeURL.resolve($0, against: nil, for: .link) }) else {
            html.text(displayName(of: source))
            return
        }
        html.markup("<a href=\"")
        html.attribute(target)
        html.markup("\">")
        html.text(displayName(of: source))
        html.markup("</a>")
    }

    static func displayName(of source: SourceReport) -> String {
        let outlet = MarkupText.removingForbiddenCharacters(source.outlet).trimmingWhitespace()
        return outlet.isEmpty ? "an unnamed outlet" : outlet
    }
}
