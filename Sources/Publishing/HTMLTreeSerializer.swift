internal import CLibXML2

/// Writes the allowlisted part of a libxml2 HTML tree back out as HTML.
struct HTMLTreeSerializer {
    let policy: HTMLSanitizer
    let baseURL: String?
    private(set) var output = ""

    init(policy: HTMLSanitizer, baseURL: String?) {
        self.policy = policy
        self.baseURL = baseURL
    }

    private enum Disposition {
        /// Written with its allowed attributes.
        case keep(String)
        /// Tag dropped, content kept.
        case unwrap
        /// Tag and content dropped.
        case drop
        /// Replaced by text, e.g. a remote image by its `alt`.
        case replace(with: String)
    }

    mutating func serialize(_ document: htmlDocPtr) {
        HTMLTreeWalk.walk(from: document.pointee.children, enter: { enter($0) }, leave: { leave($0) })
    }

    /// Writes what comes before the node's children; true when they should be visited.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                output += MarkupText.text(String(cString: content))
            }
            return false
        case XML_ELEMENT_NODE:
            switch disposition(of: node) {
            case .keep(let name):
                output += "<" + name + attributes(of: node, element: name)
                output += HTMLSanitizer.voidElements.contains(name) ? " />" : ">"
                // libxml2 knows HTML 4 only: it may hang later text under an HTML5 void
                // element such as <source>, so children are visited even there.
                return true
            case .unwrap:
                return true
            case .drop:
                return false
            case .replace(let text):
                output += MarkupText.text(text)
                return false
            }
        default:
            return false
        }
    }

    private mutating func leave(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE, case .keep(let name) = disposition(of: node),
              !HTMLSanitizer.voidElements.contains(name)
        else { return }
        output += "</" + name + ">"
    }

    private func disposition(of node: xmlNodePtr) -> Disposition {
        guard let rawName = node.pointee.name else { return .drop }
        let name = String(cString: rawName).lowercased()
        if HTMLSanitizer.droppedElements.contains(name) { return .drop }
        guard HTMLSanitizer.allowedElements[name] != nil else { return .unwrap }
        guard !policy.allowsRemoteMedia, loadsRemoteMedia(node, element: name) else { return .keep(name) }
        switch name {
        case "img": return .replace(with: attributeValue(node, named: "alt") ?? "")
        default: return .unwrap
        }
    }

    private func loadsRemoteMedia(_ node: xmlNodePtr, element: String) -> Bool {
        switch element {
        case "img":
            guard let source = attributeValue(node, named: "src") else { return false }
            return SafeURL.scheme(of: URIText.trimmedControls(source)) != "data"
        case "audio", "video", "source":
            return true
        default:
            return false
        }
    }

    /// The kept attributes, sorted by name so the output does not depend on the feed's order.
    private func attributes(of node: xmlNodePtr, element: String) -> String {
        let allowed = HTMLSanitizer.allowedElements[element] ?? []
        var kept: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let name = String(cString: rawName).lowercased()
            guard allowed.contains(name) || HTMLSanitizer.globalAttributes.contains(name) else { continue }
            let value = text(of: current.pointee.children)
            if let use = HTMLSanitizer.urlUse(element: element, attribute: name) {
                if let url = SafeURL.resolve(value, against: baseURL, for: use) { kept[name] = url }
            } else {
                kept[name] = value
            }
        }
        return kept.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(MarkupText.attribute($0.value))\"" }.joined()
    }

    private func attributeValue(_ node: xmlNodePtr, named wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name, String(cString: rawName).lowercased() == wanted {
                return text(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    private func text(of firstChild: xmlNodePtr?) -> String {
        var result = ""
        var child = firstChild
        while let current = child {
            if let content = current.pointee.content { result += String(cString: content) }
            child = current.pointee.next
        }
        return result
    }
}
