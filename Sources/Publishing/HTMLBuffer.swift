import Timestamps

/// HTML built as one UTF-8 buffer, escaped on the way in.
///
/// An article page is a few kilobytes joined from dozens of pieces, and a first
/// cycle writes tens of thousands of them: a `String` per piece, interpolated and
/// joined, cost more than everything else that goes into a page but its text.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends markup as it is: ours, or already sanitised.
    mutating func markup(_ fragment: StaticString) {
        fragment.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func markup(_ fragment: String) {
        bytes.append(contentsOf: fragment.utf8)
    }

    mutating func markup(_ fragment: [UInt8]) {
        bytes.append(contentsOf: fragment)
    }

    mutating func text(_ raw: String) {
        MarkupText.append(raw, escaping: .text, to: &bytes)
    }

    mutating func attribute(_ raw: String) {
        MarkupText.append(raw, escaping: .attribute, to: &bytes)
    }

    /// `items` as "A", "A and B" or "A, B and C", each written by `write`.
    mutating func list<Item>(_ items: [Item], _ write: (Item, inout HTMLBuffer) -> Void) {
        for (position, item) in items.enumerated() {
            if position > 0 { markup(position == items.count - 1 ? " and " : ", ") }
            write(item, &self)
        }
    }

    /// "<time datetime="2024-05-18T14:03:00Z">2024-05-18 14:03 UTC</time>": the
    /// machine-readable date for the `datetime`, a short one for the reader.
    mutating func time(_ timestamp: Timestamp) {
        let stamp = timestamp.rfc3339
        markup("<time datetime=\"")
        markup(stamp)
        markup("\">")
        // Cut from the RFC 3339 text, which is ASCII, by bytes.
        bytes.append(contentsOf: stamp.utf8.prefix(10))
        markup(" ")
        bytes.append(contentsOf: stamp.utf8.dropFirst(11).prefix(5))
        markup(" UTC</time>")
    }
}
