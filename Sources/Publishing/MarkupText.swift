/// Escaping shared by the XML and HTML writers.
///
/// Everything we publish passes through here, so characters XML 1.0 forbids
/// (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) are removed once,
/// for every output: a single one makes a strict Atom reader reject the whole
/// feed. DEL and the C1 controls are allowed by XML but are HTML parse errors and
/// only ever arrive from mis-decoded text, so they go too.
///
/// The work is done on UTF-8 bytes: feeds carry megabytes of text per cycle, and
/// appending scalar by scalar was the writers' main cost.
enum MarkupText {
    static func text(_ raw: String) -> String {
        transform(raw, escaping: .text)
    }

    static func attribute(_ raw: String) -> String {
        transform(raw, escaping: .attribute)
    }

    static func removingForbiddenCharacters(_ raw: String) -> String {
        transform(raw, escaping: .nothing)
    }

    private enum Escaping {
        case nothing, text, attribute
    }

    private static func transform(_ raw: String, escaping: Escaping) -> String {
        let source = Array(raw.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count + 16)
        var index = 0
        while index < source.count {
            let byte = source[index]
            let length = forbiddenSequenceLength(source, at: index)
            if length > 0 {
                index += length
                continue
            }
            switch (byte, escaping) {
            case (UInt8(ascii: "&"), .text), (UInt8(ascii: "&"), .attribute): result.append(contentsOf: "&amp;".utf8)
            case (UInt8(ascii: "<"), .text), (UInt8(ascii: "<"), .attribute): result.append(contentsOf: "&lt;".utf8)
            case (UInt8(ascii: ">"), .text), (UInt8(ascii: ">"), .attribute): result.append(contentsOf: "&gt;".utf8)
            case (UInt8(ascii: "\""), .attribute): result.append(contentsOf: "&quot;".utf8)
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// How many bytes at `index` encode a forbidden character (0 when none does).
    private static func forbiddenSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x09, 0x0A, 0x0D:
            return 0
        case 0x00...0x1F, 0x7F:
            return 1
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return 2
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
            return 3
        default:
            return 0
        }
    }
}
