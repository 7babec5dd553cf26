/// What ``XMLStreamParser`` tells as it reads; text arrives in pieces.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: [XMLAttribute], line: Int)
    func endElement()
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
