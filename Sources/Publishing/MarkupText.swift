/// Escaping shared by the XML and HTML writers.
///
/// Everything we publish passes through here, so characters XML 1.0 forbids
/// (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) are removed once,
/// for every output: a single one makes a strict Atom reader reject the whole
/// feed. DEL and the C1 controls are allowed by XML but are HTML parse errors and
/// only ever arrive from mis-decoded text, so they go too.
///
/// The work is done on UTF-8 bytes, copying runs that need no change in one go:
/// feeds carry megabytes of text per cycle, and this is on every byte of it.
enum MarkupText {
    enum Escaping {
        case nothing, text, attribute

        fileprivate var attentionMask: UInt8 {
            switch self {
            case .nothing: 0b001
            case .text: 0b010
            case .attribute: 0b100
            }
        }
    }

    static func text(_ raw: String) -> String {
        transform(raw, escaping: .text)
    }

    static func attribute(_ raw: String) -> String {
        transform(raw, escaping: .attribute)
    }

    static func removingForbiddenCharacters(_ raw: String) -> String {
        transform(raw, escaping: .nothing)
    }

    /// What a character reference to `scalar` adds to text or to an attribute
    /// value: the character, or nothing when it is one no output may hold.
    static func referencedCharacter(_ scalar: Unicode.Scalar) -> String {
        removingForbiddenCharacters(String(Character(scalar)))
    }

    /// Appends the escaped UTF-8 of `raw` to `output`.
    static func append(_ raw: String, escaping: Escaping, to output: inout [UInt8]) {
        var raw = raw
        raw.withUTF8 { append($0, escaping: escaping, to: &output) }
    }

    /// Appends escaped UTF-8 bytes to `output`.
    static func append(_ source: UnsafeBufferPointer<UInt8>, escaping: Escaping, to output: inout [UInt8]) {
        let mask = escaping.attentionMask
        attentionTable.withUnsafeBufferPointer { table in
            var index = 0
            var runStart = 0
            while index < source.count {
                guard table[Int(source[index])] & mask != 0 else {
                    index += 1
                    continue
                }
                let forbidden = forbiddenSequenceLength(source, at: index)
                let replacement = forbidden > 0 ? nil : self.replacement(for: source[index], escaping: escaping)
                guard forbidden > 0 || replacement != nil else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                if let replacement {
                    replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                    index += 1
                } else {
                    index += forbidden
                }
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
    }

    private static func transform(_ raw: String, escaping: Escaping) -> String {
        var raw = raw
        let changed: String? = raw.withUTF8 { source in
            // Most text needs no change: then the string itself is the answer, with no copy.
            let changes = escaping == .nothing
                ? containsForbiddenCharacters(source)
                : source.indices.contains { needsChange(source, at: $0, escaping: escaping) }
            guard changes else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(source.count + 16)
            append(source, escaping: escaping, to: &result)
            return String(decoding: result, as: UTF8.self)
        }
        return changed ?? raw
    }

    private static func needsChange(_ source: UnsafeBufferPointer<UInt8>, at index: Int, escaping: Escaping) -> Bool {
        needsAttention(source[index], escaping: escaping)
            && (forbiddenSequenceLength(source, at: index) > 0 || replacement(for: source[index], escaping: escaping) != nil)
    }

    /// For each byte, the escapings (`attentionMask` bits) for which it may start a
    /// forbidden character or need escaping: a table lookup is the cheap first test
    /// that lets ordinary bytes be looked at only once.
    private static let attentionTable: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x00...0x1F, 0x7F, 0xC2, 0xEF: return 0b111
        case Int(UInt8(ascii: "&")), Int(UInt8(ascii: "<")), Int(UInt8(ascii: ">")): return 0b110
        case Int(UInt8(ascii: "\"")): return 0b100
        default: return 0
        }
    }

    private static func needsAttention(_ byte: UInt8, escaping: Escaping) -> Bool {
        attentionTable[Int(byte)] & escaping.attentionMask != 0
    }

    private static func replacement(for byte: UInt8, escaping: Escaping) -> StaticString? {
        switch (byte, escaping) {
        case (UInt8(ascii: "&"), .text), (UInt8(ascii: "&"), .attribute): return "&amp;"
        case (UInt8(ascii: "<"), .text), (UInt8(ascii: "<"), .attribute): return "&lt;"
        case (UInt8(ascii: ">"), .text), (UInt8(ascii: ">"), .attribute): return "&gt;"
        case (UInt8(ascii: "\""), .attribute): return "&quot;"
        default: return nil
        }
    }

    /// Whether `bytes` hold a character `removingForbiddenCharacters` removes.
    ///
    /// Eight bytes are tested at a time for the bytes a forbidden character starts
    /// with, and only a word holding one is looked at byte by byte: a fragment is
    /// almost always clean, and a byte-by-byte scan of every fragment cost 15
    /// instructions per byte.
    private static func containsForbiddenCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index + 8 <= bytes.count {
            if mayStartForbiddenCharacter(ByteWord.load(base, at: index)),
               (index..<(index + 8)).contains(where: { forbiddenSequenceLength(bytes, at: $0) > 0 }) {
                return true
            }
            index += 8
        }
        return (index..<bytes.count).contains { forbiddenSequenceLength(bytes, at: $0) > 0 }
    }

    /// Whether one of the word's bytes is below 0x20 or is 0x7F, 0xC2 or 0xEF: a
    /// byte a forbidden character starts with (white space below 0x20 included).
    static func mayStartForbiddenCharacter(_ word: UInt64) -> Bool {
        ByteWord.containsByte(below: 0x20, in: word) || ByteWord.containsByte(0x7F, in: word)
            || ByteWord.containsByte(0xC2, in: word) || ByteWord.containsByte(0xEF, in: word)
    }

    /// How many bytes at `index` encode a forbidden character (0 when none does).
    static func forbiddenSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
