/// An indented XML document built line by line, escaping every name's value on the way in.
struct XMLLines {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    private var depth = 0
    private var open: [String] = []

    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        line("<" + name + Self.render(attributes) + ">")
        open.append(name)
        depth += 1
    }

    mutating func end() {
        depth -= 1
        line("</" + open.removeLast() + ">")
    }

    mutating func leaf(_ name: String, _ attributes: [(String, String?)] = [], text content: String) {
        line("<" + name + Self.render(attributes) + ">" + MarkupText.text(content) + "</" + name + ">")
    }

    mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        line("<" + name + Self.render(attributes) + "/>")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    /// Attributes whose value is nil are left out, so optional ones read naturally at the call site.
    private static func render(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(MarkupText.attribute($0))\"" } }.joined()
    }
}
