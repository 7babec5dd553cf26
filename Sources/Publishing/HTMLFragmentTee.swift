internal import CLibXML2

/// Hands each event of one parse to two handlers, so a fragment needed in two
/// forms costs libxml2's parse (most of a sanitisation) once.
final class HTMLFragmentTee: HTMLFragmentHandler {
    private let first: any HTMLFragmentHandler
    private let second: any HTMLFragmentHandler

    init(_ first: any HTMLFragmentHandler, _ second: any HTMLFragmentHandler) {
        self.first = first
        self.second = second
    }

    func startElement(_ name: UnsafePointer<xmlChar>, attributes: HTMLAttributes) {
        first.startElement(name, attributes: attributes)
        second.startElement(name, attributes: attributes)
    }

    func endElement() {
        first.endElement()
        second.endElement()
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        first.text(bytes)
        second.text(bytes)
    }
}
