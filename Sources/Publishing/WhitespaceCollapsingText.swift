/// UTF-8 text built up piece by piece in which every run of white space becomes
/// one space, and none is kept at either end.
///
/// The white space HTML text holds is ASCII, the next line and no-break spaces and
/// the typographic spaces; testing for those bytes avoids the per-character Unicode
/// property lookups of `Character.isWhitespace`, which dominated a cycle's profile.
struct WhitespaceCollapsingText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    /// Spaces between words, the pending one included.
    private var separators = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var string: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The words so far: runs of text between the spaces.
    var wordCount: Int {
        bytes.isEmpty ? 0 : separators + (pendingSpace ? 0 : 1)
    }

    mutating func appendSpace() {
        if !pendingSpace && !bytes.isEmpty {
            pendingSpace = true
            separators += 1
        }
    }

    /// Appends valid UTF-8, whole characters only.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var runStart = 0
        while index < source.count {
            // Most bytes are ASCII letters, digits and punctuation, and most spaces
            // stand alone between two of them: both pass with a comparison or two.
            if Self.isVisibleASCII(source[index]) {
                index += 1
                continue
            }
            if source[index] == UInt8(ascii: " "), index > runStart, index + 1 < source.count,
               Self.isVisibleASCII(source[index + 1]) {
                separators += 1
                index += 2
                continue
            }
            let length = Self.whitespaceLength(source, at: index)
            // A lone space between two words stays as it is, in the run being
            // copied: flushing at every word was most of the cost of long text.
            let isLoneSpace = length == 1 && source[index] == UInt8(ascii: " ") && index > runStart
                && index + 1 < source.count && Self.whitespaceLength(source, at: index + 1) == 0
            guard length > 0, !isLoneSpace else {
                if isLoneSpace { separators += 1 }
                index += 1
                continue
            }
            flush(source, from: runStart, to: index)
            appendSpace()
            index += length
            runStart = index
        }
        flush(source, from: runStart, to: source.count)
    }

    private mutating func flush(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard start < end else { return }
        if pendingSpace {
            bytes.append(UInt8(ascii: " "))
            pendingSpace = false
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80
    }

    /// How many bytes at `index` encode white space (0 when none do): U+0009…U+000D,
    /// U+0020, U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x09...0x0D, 0x20:
            return 1
        case 0xC2:
            return index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return index + 2 < bytes.count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < bytes.count else { return 0 }
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
            default: return 0
            }
        case 0xE3:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}
