/// Trimming white space by bytes where that gives what trimming `Character`s gives.
///
/// Walking `Character`s from both ends runs the grapheme breaking rules at every
/// step, and sanitised bodies are trimmed on every first cycle's thirty thousand
/// stories. Bytes settle it when the first and last bytes kept are ASCII: ASCII
/// white space never joins a grapheme with the ASCII byte next to it (only CR LF
/// join, and both are white space). A non-ASCII neighbour could be a combining
/// mark that joins a trimmed space, or be white space itself (U+00A0), so there
/// only `Character`s can say.
enum WhitespaceTrimming {
    /// The bounds of the bytes to keep, or nil where a non-ASCII byte borders them.
    static func asciiBounds<Bytes: BidirectionalCollection<UInt8>>(of bytes: Bytes) -> Range<Bytes.Index>? {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, isASCIIWhitespace(bytes[start]) { bytes.formIndex(after: &start) }
        while start != end, isASCIIWhitespace(bytes[bytes.index(before: end)]) { bytes.formIndex(before: &end) }
        guard start != end else { return start..<end }
        guard bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 else { return nil }
        return start..<end
    }

    /// `bytes`, UTF-8, without the white space `Character`s at either end.
    static func trimming(_ bytes: [UInt8]) -> [UInt8] {
        guard let bounds = asciiBounds(of: bytes) else {
            return Array(String(decoding: bytes, as: UTF8.self).trimmingWhitespace().utf8)
        }
        return bounds == bytes.indices ? bytes : Array(bytes[bounds])
    }

    /// U+0009 to U+000D and U+0020: the ASCII scalars with Unicode's White_Space property.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
