/// An independent check of sanitised HTML: tokenises the output the way a browser
/// would start to, and lists anything that could run code, restyle the page or
/// embed another document. Written separately from the sanitiser, on purpose.
enum DangerScanner {
    static let dangerousElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "meta", "link", "base",
        "form", "input", "button", "textarea", "select", "svg", "math", "template", "param", "xml", "noscript",
    ]
    static let urlAttributes: Set<String> = [
        "href", "src", "poster", "cite", "action", "formaction", "background", "lowsrc", "dynsrc", "data",
        "codebase", "xlink:href", "longdesc", "usemap",
    ]

    static func findings(in html: String) -> [String] {
        var findings: [String] = []
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<" else { index += 1; continue }
            index += 1
            guard index < characters.count else { break }
            if characters[index] == "!" || characters[index] == "?" {
                findings.append("markup declaration or comment")
                continue
            }
            let closing = characters[index] == "/"
            if closing { index += 1 }
            let name = readName(characters, &index)
            if dangerousElements.contains(name) { findings.append("element <\(name)>") }
            if closing { continue }
            for (attribute, value) in readAttributes(characters, &index) {
                if attribute.hasPrefix("on") { findings.append("event handler \(attribute)") }
                if attribute == "style" || attribute == "srcdoc" || attribute == "srcset" {
                    findings.append("attribute \(attribute)")
                }
                if urlAttributes.contains(attribute), let problem = urlProblem(value, element: name, attribute: attribute) {
                    findings.append(problem)
                }
            }
        }
        return findings
    }

    private static func urlProblem(_ value: String, element: String, attribute: String) -> String? {
        let decoded = value.replacing("&quot;", with: "\"").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&amp;", with: "&")
        if decoded.contains("&#") { return "character reference in URL \(value)" }
        let compact = String(decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return nil }
        let scheme = compact[..<colon]
        guard !scheme.contains("/"), !scheme.contains("?"), !scheme.contains("#") else { return nil }
        switch scheme {
        case "http", "https", "mailto":
            return nil
        case "data" where element == "img" && attribute == "src" && compact.hasPrefix("data:image/")
            && !compact.hasPrefix("data:image/svg"):
            return nil
        default:
            return "URL scheme \(scheme): in \(element)@\(attribute)"
        }
    }

    private static func readName(_ characters: [Character], _ index: inout Int) -> String {
        var name = ""
        while index < characters.count, !characters[index].isWhitespace, characters[index] != ">",
              characters[index] != "/" {
            name.append(characters[index])
            index += 1
        }
        return name.lowercased()
    }

    private static func readAttributes(_ characters: [Character], _ index: inout Int) -> [(String, String)] {
        var attributes: [(String, String)] = []
        while index < characters.count, characters[index] != ">" {
            if characters[index].isWhitespace || characters[index] == "/" { index += 1; continue }
            var name = ""
            while index < characters.count, !characters[index].isWhitespace, !"=>/".contains(characters[index]) {
                name.append(characters[index])
                index += 1
            }
            var value = ""
            if index < characters.count, characters[index] == "=" {
                index += 1
                if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                    let quote = characters[index]
                    index += 1
                    while index < characters.count, characters[index] != quote {
                        value.append(characters[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" {
                        value.append(characters[index])
                        index += 1
                    }
                }
            }
            attributes.append((name.lowercased(), value))
        }
        return attributes
    }
}
