/// The visible "Reported by A, B and C" line: most feed readers ignore
/// `atom:source` and `rel="related"`, so the sources must also be in the text.
enum ReportedByLine {
    static func html(for sources: [SourceReport]) -> String {
        "Reported by " + listed(sources.map(link))
    }

    /// Each outlet's name linked to its report, else to its site, else plain.
    static func link(_ source: SourceReport) -> String {
        let name = MarkupText.text(displayName(of: source))
        guard let target = (source.url ?? source.outletURL).flatMap({ SafeURL.resolve($0, against: nil, for: .link) })
        else { return name }
        return "<a href=\"\(MarkupText.attribute(target))\">\(name)</a>"
    }

    static func displayName(of source: SourceReport) -> String {
        let outlet = MarkupText.removingForbiddenCharacters(source.outlet).trimmingWhitespace()
        return outlet.isEmpty ? "an unnamed outlet" : outlet
    }

    /// "A", "A and B", "A, B and C".
    static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
