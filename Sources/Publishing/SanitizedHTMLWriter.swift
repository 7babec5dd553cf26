/// Writes the allowlisted part of a parsed HTML fragment back out as HTML.
///
/// Text goes from the fragment's bytes into one UTF-8 buffer, escaped on the way,
/// without a `String` per node.
final class SanitizedHTMLWriter: HTMLFragmentHandler {
    let policy: HTMLSanitizer
    let baseURL: String?
    // Only the writer's own methods, one at a time, touch its state: the runtime
    // exclusivity checks on these were a tenth of its instructions.
    @exclusivity(unchecked) private(set) var output: [UInt8] = []
    /// For each open element, the closing tag to write when it ends (nil when none).
    @exclusivity(unchecked) private var closingTags: [[UInt8]?] = []
    /// How deep we are inside an element whose content is dropped (0 outside any).
    @exclusivity(unchecked) private var droppedDepth = 0
    // Held here so that each tag does not go through the tables' lazy initialisation.
    private let treatments = HTMLSanitizer.elementTreatments
    private let allowedAttributes = HTMLSanitizer.allowedAttributes

    init(policy: HTMLSanitizer, baseURL: String?, expectedSize: Int) {
        self.policy = policy
        self.baseURL = baseURL
        output.reserveCapacity(expectedSize)
    }

    private enum Disposition {
        /// Written with its allowed attributes.
        case keep(HTMLSanitizer.KeptElement)
        /// Tag dropped, content kept.
        case unwrap
        /// Tag and content dropped.
        case drop
        /// Replaced by text, e.g. a remote image by its `alt`.
        case replace(with: String)
    }

    func startElement(_ name: HTMLName, attributes: HTMLAttributes) {
        guard droppedDepth == 0 else {
            droppedDepth += 1
            return
        }
        switch disposition(of: name, attributes: attributes) {
        case .keep(let element):
            write("<")
            write(element.name)
            writeAttributes(attributes, element: name, allowed: element.attributes)
            write(element.isVoid ? " />" : ">")
            // libxml2's rules know HTML 4 only: later text may hang under an HTML5
            // void element such as <source>, so its content is kept even there.
            closingTags.append(element.isVoid ? nil : element.name)
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
        markup.withUTF8Buffer { markup in
            // Byte by byte: the markup is a few bytes, where a bulk append costs more.
            for byte in markup { output.append(byte) }
        }
    }

    private func write(_ name: [UInt8]) {
        output.append(contentsOf: name)
    }

    private func disposition(of name: HTMLName, attributes: HTMLAttributes) -> Disposition {
        switch treatments[name] {
        case nil: return .unwrap
        case .drop: return .drop
        case .keep(let element):
            guard !policy.allowsRemoteMedia, loadsRemoteMedia(attributes, element: name) else { return .keep(element) }
            return name == .img ? .replace(with: attributes.value(of: .alt) ?? "") : .unwrap
        }
    }

    private func loadsRemoteMedia(_ attributes: HTMLAttributes, element: HTMLName) -> Bool {
        switch element {
        case .img:
            guard let source = attributes.value(of: .src) else { return false }
            return SafeURL.scheme(of: URIText.trimmedControls(source)) != "data"
        case .audio, .video, .source:
            return true
        default:
            return false
        }
    }

    private struct KeptAttribute {
        let bit: UInt64
        let name: [UInt8]
        let value: String
    }

    /// Writes the kept attributes, sorted by name so the output does not depend on the feed's order.
    private func writeAttributes(_ attributes: HTMLAttributes, element: HTMLName, allowed: UInt64) {
        // Most tags carry no attribute at all.
        guard !attributes.isEmpty else { return }
        var kept: [KeptAttribute] = []
        for attribute in attributes {
            guard let known = allowedAttributes[attribute.name], allowed & known.bit != 0 else { continue }
            var value = attributes.value(attribute)
            if let use = HTMLSanitizer.urlUse(element: element, attribute: attribute.name) {
                guard let url = SafeURL.resolve(value, against: baseURL, for: use) else { continue }
                value = url
            }
            kept.append(KeptAttribute(bit: known.bit, name: known.name, value: value))
        }
        kept.sort { $0.bit < $1.bit }
        for attribute in kept {
            write(" ")
            write(attribute.name)
            write("=\"")
            MarkupText.append(attribute.value, escaping: .attribute, to: &output)
            write("\"")
        }
    }
}
