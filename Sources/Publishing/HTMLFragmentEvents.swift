internal import CLibXML2

/// Relays libxml2's SAX events to a handler, reproducing what building the tree
/// would have done to them: text outside any element is dropped, and nesting deeper
/// than `xmlParserMaxDepth` stops the parse, as the tree builder's node push does.
/// Elements still open when the parse ends are closed, as a walk of the tree closes them.
final class HTMLFragmentEvents {
    private let handler: any HTMLFragmentHandler
    private let context: htmlParserCtxtPtr
    private let maximumDepth: Int
    private var depth = 0
    private var stopped = false

    init(handler: any HTMLFragmentHandler, context: htmlParserCtxtPtr, maximumDepth: Int) {
        self.handler = handler
        self.context = context
        self.maximumDepth = maximumDepth
    }

    /// Points the context's callbacks at this object, which must outlive the parse.
    func install(in context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee = htmlSAXHandler()
        sax.pointee.initialized = 1
        sax.pointee.startElement = { userData, name, attributes in
            guard let userData, let name else { return }
            HTMLFragmentEvents.events(userData).startElement(name, attributes: HTMLAttributes(pairs: attributes))
        }
        sax.pointee.endElement = { userData, _ in
            guard let userData else { return }
            let events = HTMLFragmentEvents.events(userData)
            // Once stopped, the tree builder would pop no more nodes.
            if !events.stopped { events.endElement() }
        }
        sax.pointee.characters = { userData, bytes, count in
            guard let userData, let bytes else { return }
            HTMLFragmentEvents.events(userData).text(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        sax.pointee.cdataBlock = sax.pointee.characters
        context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
    }

    func finish() {
        while depth > 0 { endElement() }
    }

    private static func events(_ userData: UnsafeMutableRawPointer) -> HTMLFragmentEvents {
        Unmanaged<HTMLFragmentEvents>.fromOpaque(userData).takeUnretainedValue()
    }

    private func startElement(_ name: UnsafePointer<xmlChar>, attributes: HTMLAttributes) {
        guard !stopped else { return }
        guard depth <= maximumDepth else {
            stopped = true
            xmlStopParser(context)
            return
        }
        depth += 1
        handler.startElement(name, attributes: attributes)
    }

    private func endElement() {
        guard depth > 0 else { return }
        depth -= 1
        handler.endElement()
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard depth > 0, !stopped else { return }
        handler.text(bytes)
    }
}
