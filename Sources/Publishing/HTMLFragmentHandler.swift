internal import CLibXML2

/// Receives an HTML fragment's nodes in document order, as a walk of libxml2's tree
/// would meet them: elements opening and closing, and text.
protocol HTMLFragmentHandler: AnyObject {
    /// `attributes` holds each attribute's lowercase-as-parsed name and its value
    /// (a boolean attribute given without one has its name as value, as in the tree).
    func startElement(_ name: UnsafePointer<xmlChar>, attributes: HTMLAttributes)
    func endElement()
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
