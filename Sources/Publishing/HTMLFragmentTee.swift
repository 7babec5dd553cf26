/// Hands each event of one parse to two handlers, so a fragment needed in two
/// forms is parsed once.
final class HTMLFragmentTee: HTMLFragmentHandler {
    private let first: any HTMLFragmentHandler
    private let second: any HTMLFragmentHandler

    init(_ first: any HTMLFragmentHandler, _ second: any HTMLFragmentHandler) {
        self.first = first
        self.second = second
    }

    func startElement(_ name: HTMLName, attributes: HTMLAttributes) {
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
