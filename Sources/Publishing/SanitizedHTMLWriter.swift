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
    /// For each open element that was written and has an end tag, what may stand
    /// directly inside it, and the list item or definition a new one would end.
    @exclusivity(unchecked) private var contexts: [(content: Context, openItem: OpenItem)] = []
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
            guard let context = context(openedBy: name, element) else {
                closingTags.append(nil)
                return
            }
            write("<")
            write(element.name)
            writeAttributes(attributes, element: name, allowed: element.attributes)
            write(element.isVoid ? " />" : ">")
            // libxml2's rules know HTML 4 only: later text may hang under an HTML5
            // void element such as <source>, so its content is kept even there.
            closingTags.append(element.isVoid ? nil : element.name)
            if !element.isVoid { contexts.append((context, openItem(inside: name, element))) }
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
        contexts.removeLast()
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

    /// What may stand directly inside an element. libxml2 builds an HTML 4
    /// tree, which an HTML5 browser rebuilds in places: it moves whatever stands
    /// between a table's rows out in front of the table, ends a paragraph (and
    /// whatever is open inside it) at a block, and a heading at a heading. An
    /// end tag that follows can then close the page's own elements around the
    /// text, leaving the rest of the page outside them. So those elements are
    /// unwrapped where they stand; table parts outside a table, which a browser
    /// ignores, too. Void elements close nothing, and stay anywhere but for
    /// `<col>`, which ends a cell, a row or a row group it stands in.
    private enum Context {
        case flow, paragraph, heading, table, rowGroup, row, columnGroup
    }

    /// A list item or definition that a browser ends when another one starts
    /// inside it: it looks past inline elements, paragraphs and divisions,
    /// so those may stand between the two.
    private enum OpenItem {
        case none, listItem, definition
    }

    /// The context a kept element opens, or nil when a browser would not
    /// leave it where it stands: it is then unwrapped, its content kept.
    private func context(openedBy name: HTMLName, _ element: HTMLSanitizer.KeptElement) -> Context? {
        let (current, openItem) = contexts.last ?? (.flow, .none)
        switch name {
        case .li where openItem == .listItem: return nil
        case .dd where openItem == .definition, .dt where openItem == .definition: return nil
        default: break
        }
        switch current {
        case .flow, .heading:
            if element.isTablePart { return name == .table ? .table : nil }
            if element.isHeading { return current == .heading ? nil : .heading }
            return name == .p ? .paragraph : .flow
        case .paragraph:
            // A table part is a paragraph closer (the table) or stray.
            return element.closesParagraph || element.isTablePart ? nil : .paragraph
        case .table, .rowGroup, .row, .columnGroup:
            return element.isVoid && !element.isTablePart ? .flow : context(ofTablePart: name, inside: current)
        }
    }

    private func context(ofTablePart name: HTMLName, inside current: Context) -> Context? {
        switch (name, current) {
        case (.caption, .table): .flow
        case (.colgroup, .table): .columnGroup
        case (.col, .table), (.col, .columnGroup): .flow
        case (.thead, .table), (.tbody, .table), (.tfoot, .table): .rowGroup
        case (.tr, .table), (.tr, .rowGroup): .row
        // A browser supplies the row and row group a cell lacks.
        case (.td, .table), (.td, .rowGroup), (.td, .row), (.th, .table), (.th, .rowGroup), (.th, .row): .flow
        default: nil
        }
    }

    /// The open item the children of a new element `name` would end by starting another.
    private func openItem(inside name: HTMLName, _ element: HTMLSanitizer.KeptElement) -> OpenItem {
        switch name {
        case .li: return .listItem
        case .dd, .dt: return .definition
        case _ where element.endsItemSearch: return .none
        default: return contexts.last?.openItem ?? .none
        }
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
