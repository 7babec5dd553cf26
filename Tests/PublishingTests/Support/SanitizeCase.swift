internal import FoundationEssentials

/// One of feedparser's sanitiser test cases: a small feed whose comment says which
/// field to look at and what feedparser's sanitiser makes of it.
struct SanitizeCase {
    var name: String
    /// The HTML fragments in the field the case is about (every text field when the
    /// case only asks for "not bozo").
    var inputs: [String]
    /// feedparser's expected output, when the case names one.
    var expected: String?

    init?(name: String, contents: String) {
        guard let expect = contents.firstRange(of: "Expect:").map({ contents[$0.upperBound...] }),
              let document = XMLSnapshot(parsing: contents, recover: true)
        else { return nil }
        let expectLine = String(expect.prefix { !$0.isNewline })
        self.name = name
        expected = expectLine.firstRange(of: "==").flatMap { PythonString.evaluate(String(expectLine[$0.upperBound...])) }
        inputs = Self.payloads(in: document, expectation: expectLine)
    }

    private static func payloads(in document: XMLSnapshot, expectation: String) -> [String] {
        let field = expectation.firstRange(of: "['")
            .map { String(expectation[$0.upperBound...].prefix { $0 != "'" }) }
        let entryLevel = expectation.contains("entries[0]")
        let candidates = field.map { names(for: $0, entryLevel: entryLevel) }
            ?? ["title", "subtitle", "summary", "content", "description", "rights", "tagline", "info", "copyright"]
        let containers: Set<String> = entryLevel ? ["entry", "item"] : ["feed", "channel", "rss"]
        for candidate in candidates {
            let matches = document.elements.filter {
                $0.name == candidate && (field == nil || containers.contains($0.parentName ?? ""))
            }
            if !matches.isEmpty { return (field == nil ? matches : [matches[0]]).map(value) }
        }
        return []
    }

    /// feedparser fills one field from several elements; these are the ones the cases use.
    private static func names(for field: String, entryLevel: Bool) -> [String] {
        switch (field, entryLevel) {
        case ("description", true): return ["description", "fullitem", "encoded", "body", "content", "summary"]
        case ("content", true): return ["content", "encoded", "body", "fullitem"]
        case ("summary", true): return ["summary", "description", "fullitem"]
        case ("tagline", false), ("subtitle", false), ("description", false):
            return ["tagline", "subtitle", "description"]
        case ("copyright", false): return ["copyright", "rights"]
        default: return [field]
        }
    }

    private static func value(_ element: XMLSnapshot.Element) -> String {
        if element.attributes["mode"] == "base64",
           let decoded = Data(base64Encoded: element.text, options: .ignoreUnknownCharacters) {
            return String(decoding: decoded, as: UTF8.self)
        }
        return element.innerXML ?? element.text
    }
}
