internal import CLibXML2

/// The words of an HTML fragment, for matching stories: tags dropped,
/// entities decoded, scripts and styles skipped, block boundaries kept as
/// spaces so words of adjacent paragraphs do not run together.
public enum HTMLText {
    public static func plainText(from html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        return HTMLFragmentParser.withDocument(html) { document in
            guard let document else { return "" }
            var text = ""
            collect(document.pointee.children, into: &text)
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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

    private static func isSkipped(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        let tag = String(cString: name)
        return tag == "script" || tag == "style" || tag == "template"
    }
}
