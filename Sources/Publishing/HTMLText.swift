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

    /// Iterative, like the sanitiser's walk, so a deeply nested body cannot
    /// exhaust the stack.
    private static func collect(_ first: xmlNodePtr?, into text: inout String) {
        var next = first
        while let node = next {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content { text += String(cString: content) }
            } else if node.pointee.type == XML_ELEMENT_NODE {
                text += " "
            }
            if node.pointee.type == XML_ELEMENT_NODE, !isSkipped(node), let child = node.pointee.children {
                next = child
                continue
            }
            var current = node
            while true {
                if let sibling = current.pointee.next {
                    next = sibling
                    break
                }
                guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
                    next = nil
                    break
                }
                text += " "
                current = parent
            }
        }
    }

    private static func isSkipped(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        let tag = String(cString: name)
        return tag == "script" || tag == "style" || tag == "template"
    }
}
