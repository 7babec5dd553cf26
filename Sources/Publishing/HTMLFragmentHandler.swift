/// Receives an HTML fragment's nodes in document order, as a walk of libxml2's tree
/// would meet them: elements opening and closing, and text.
protocol HTMLFragmentHandler: AnyObject {
    /// `attributes` is valid only during the call.
    func startElement(_ name: HTMLName, attributes: HTMLAttributes)
    func endElement()
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
