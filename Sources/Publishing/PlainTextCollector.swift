internal import CLibXML2

/// Gathers the text of a parsed HTML fragment for `HTMLText`: each element's start
/// and end count as white space, and scripts, styles and templates are skipped.
final class PlainTextCollector: HTMLFragmentHandler {
    private(set) var text: WhitespaceCollapsingText
    /// How deep we are inside a skipped element (0 outside any).
    private var skippedDepth = 0

    init(capacity: Int) {
        text = WhitespaceCollapsingText(capacity: capacity)
    }

    func startElement(_ name: UnsafePointer<xmlChar>, attributes: HTMLAttributes) {
        guard skippedDepth == 0 else {
            skippedDepth += 1
            return
        }
        text.appendSpace()
        if Self.isSkipped(name) { skippedDepth = 1 }
    }

    func endElement() {
        if skippedDepth > 0 {
            skippedDepth -= 1
            // Only the skipped element's own end counts, not those of its content.
            guard skippedDepth == 0 else { return }
        }
        text.appendSpace()
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skippedDepth == 0 else { return }
        text.append(bytes)
    }

    private static func isSkipped(_ name: UnsafePointer<xmlChar>) -> Bool {
        LibXMLString.equals(name, "script") || LibXMLString.equals(name, "style") || LibXMLString.equals(name, "template")
    }
}
