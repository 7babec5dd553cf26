internal import CLibXML2

/// Writes the allowlisted part of a parsed HTML fragment back out as HTML.
///
/// Text goes from libxml2's buffers into one UTF-8 buffer, escaped on the way,
/// without a `String` per node.
final class SanitizedHTMLWriter: HTMLFragmentHandler {
    let policy: HTMLSanitizer
    let baseURL: String?
    private(set) var output: [UInt8] = []
    /// For each open element, the closing tag to write when it ends (nil when none).
    private var closingTags: [String?] = []
    /// How deep we are inside an element whose content is dropped (0 outside any).
    private var droppedDepth = 0

    init(policy: HTMLSanitizer, baseURL: String?, expectedSize: Int) {
        self.policy = policy
        self.baseURL = baseURL
        output.reserveCapacity(expectedSize)
    }

    private enum Disposition {
        /// Written with its allowed attributes.
        case keep(String, HTMLSanitizer.KeptElement)
        /// Tag dropped, content kept.
        case unwrap
        /// Tag and content dropped.
        case drop
        /// Replaced by text, e.g. a remote image by its `alt`.
        case replace(with: String)
    }

    func startElement(_ rawName: UnsafePointer<xmlChar>, attributes: HTMLAttributes) {
        guard droppedDepth == 0 else {
            droppedDepth += 1
            return
        }
        let name = LibXMLString.lowercasedName(rawName)
        switch disposition(of: name, attributes: attributes) {
        case .keep(let name, let element):
            write("<")
            write(name)
            writeAttributes(attributes, element: name, allowed: element.attributes)
            write(element.isVoid ? " />" : ">")
            // libxml2 knows HTML 4 only: it may hang later text under an HTML5 void
            // element such as <source>, so its content is kept even there.
            closingTags.append(element.isVoid ? nil : name)
        case .unwrap:
            closingTags.append(nil)
        case .drop:
            droppedDepth = 1
        case .replace(let text):
            MarkupText.append(text, escaping: .text, to: &output)
            droppedDepth = 1
        }
    }

    func endElement() {
        guard droppedDepth == 0 else {
            droppedDepth -= 1
            return
        }
        guard let name = closingTags.popLast() ?? nil else { return }
        write("</")
        write(name)
        write(">")
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard droppedDepth == 0 else { return }
        MarkupText.append(bytes, escaping: .text, to: &output)
    }

    private func write(_ markup: StaticString) {
        markup.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    private func write(_ name: String) {
        output.append(contentsOf: name.utf8)
    }

    private func disposition(of name: String, attributes: HTMLAttributes) -> Disposition {
        switch HTMLSanitizer.elementTreatments[name] {
        case nil: return .unwrap
        case .drop: return .drop
        case .keep(let element):
            guard !policy.allowsRemoteMedia, loadsRemoteMedia(attributes, element: name) else { return .keep(name, element) }
            switch name {
            case "img": return .replace(with: value(of: "alt", in: attributes) ?? "")
            default: return .unwrap
            }
        }
    }

    private func loadsRemoteMedia(_ attributes: HTMLAttributes, element: String) -> Bool {
        switch element {
        case "img":
            guard let source = value(of: "src", in: attributes) else { return false }
            return SafeURL.scheme(of: URIText.trimmedControls(source)) != "data"
        case "audio", "video", "source":
            return true
        default:
            return false
        }
    }

    /// Writes the kept attributes, sorted by name so the output does not depend on the feed's order.
    private func writeAttributes(_ attributes: HTMLAttributes, element: String, allowed: Set<String>) {
        // Few attributes survive, so a linear search beats hashing; a later
        // duplicate replaces an earlier one.
        var kept: [(name: String, value: String)] = []
        for attribute in attributes {
            let name = LibXMLString.lowercasedName(attribute.name)
            guard allowed.contains(name) else { continue }
            var value = attribute.value
            if let use = HTMLSanitizer.urlUse(element: element, attribute: name) {
                guard let url = SafeURL.resolve(value, against: baseURL, for: use) else { continue }
                value = url
            }
            if let index = kept.firstIndex(where: { $0.name == name }) {
                kept[index].value = value
            } else {
                kept.append((name, value))
            }
        }
        kept.sort { $0.name < $1.name }
        for (name, value) in kept {
            write(" ")
            write(name)
            write("=\"")
            MarkupText.append(value, escaping: .attribute, to: &output)
            write("\"")
        }
    }

    private func value(of wanted: String, in attributes: HTMLAttributes) -> String? {
        attributes.first { LibXMLString.lowercasedName($0.name) == wanted }?.value
    }
}
