internal import CLibXML2

/// The words of an HTML fragment, for matching stories: tags dropped,
/// entities decoded, scripts and styles skipped, block boundaries kept as
/// spaces so words of adjacent paragraphs do not run together.
public enum HTMLText {
    public static func plainText(from html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapsingWhitespace(html) }
        return HTMLFragmentParser.withDocument(html) { document in
            guard let document else { return "" }
            var text = ""
            collect(document.pointee.children, into: &text)
            return collapsingWhitespace(text)
        }
    }

    private static func collect(_ first: xmlNodePtr?, into text: inout String) {
        HTMLTreeWalk.walk(from: first) { node in
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { text += String(cString: content) }
                return false
            case XML_ELEMENT_NODE:
                text += " "
                return !isSkipped(node)
            default:
                return false
            }
        } leave: { node in
            if node.pointee.type == XML_ELEMENT_NODE { text += " " }
        }
    }

    /// Runs of white space become one space, without the per-character
    /// Unicode property lookups of `Character.isWhitespace`, which dominated
    /// a cycle's profile: the white space HTML text holds is ASCII, the
    /// no-break space and the typographic spaces.
    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = !result.isEmpty
            default:
                if pendingSpace {
                    result.append(" ")
                    pendingSpace = false
                }
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isSkipped(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        let tag = String(cString: name)
        return tag == "script" || tag == "style" || tag == "template"
    }
}
