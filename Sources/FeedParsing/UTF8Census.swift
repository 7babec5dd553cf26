/// Counts how much of a byte string is well-formed UTF-8, to tell a UTF-8
/// document with a few stray bytes from a document in another encoding.
struct UTF8Census {
    private(set) var multibyteSequences = 0
    private(set) var invalidBytes = 0

    init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer(UTF8Census.init(counting:))
    }

    private init(counting bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Most of a feed is ASCII: skip it sixteen bytes at a time.
            if index + 16 <= count,
               (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                   | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                index += 16
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length > 0, index + length <= count, UTF8Census.isValidSequence(bytes, at: index, length: length) {
                multibyteSequences += 1
                index += length
            } else {
                invalidBytes += 1
                index += 1
            }
        }
    }

    var isValid: Bool { invalidBytes == 0 }
    var hasMultibyteSequences: Bool { multibyteSequences > 0 }
    /// Far more valid multi-byte sequences than stray bytes.
    var isMostlyUTF8: Bool { multibyteSequences >= 4 * invalidBytes && multibyteSequences > 0 }

    /// The bytes with each invalid sequence replaced by U+FFFD.
    func repaired(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    private static func isValidSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = bytes[index]
        let second = bytes[index + 1]
        // The second byte's range excludes overlong forms and surrogates (RFC 3629, section 4).
        let secondRange: ClosedRange<UInt8> = switch lead {
        case 0xE0: 0xA0...0xBF
        case 0xED: 0x80...0x9F
        case 0xF0: 0x90...0xBF
        case 0xF4: 0x80...0x8F
        default: 0x80...0xBF
        }
        guard secondRange.contains(second) else { return false }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
        return true
    }
}
