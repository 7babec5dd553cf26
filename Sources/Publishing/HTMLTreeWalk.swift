internal import CLibXML2

/// Visits a libxml2 tree in document order without recursion (first child,
/// next sibling, climb to the parent), so stack use does not grow with the
/// nesting of a hostile body.
enum HTMLTreeWalk {
    /// - Parameters:
    ///   - enter: called before a node's children; returns whether to visit them.
    ///   - leave: called after a node's children (or right after `enter` when they are skipped).
    static func walk(from first: xmlNodePtr?, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void) {
        var next = first
        while let node = next {
            if enter(node), let child = node.pointee.children {
                next = child
                continue
            }
            var current = node
            while true {
                leave(current)
                if let sibling = current.pointee.next {
                    next = sibling
                    break
                }
                guard let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else {
                    next = nil
                    break
                }
                current = parent
            }
        }
    }
}
