internal import Glibc

/// Escapes the bare `&` that broken feeds leave in URLs and text (`?a=1&b=2`).
///
/// libxml2 in recovery mode drops such an ampersand together with the name
/// after it; feedparser keeps the text. Outside CDATA sections and comments an
/// `&` that does not start a well-formed reference is rewritten as `&amp;`,
/// and `&#X41;` (an uppercase X, which XML does not allow) as `&#x41;`.
enum BareAmpersandRepair {
    /// The repaired document and the line of the first repair, or nil when nothing needed repair.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], line: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            hasSuspect(buffer) ? repairing(buffer) : nil
        }
    }

    private static func repairing(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], line: Int)? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var firstLine: Int?
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10 { line += 1 }
            if byte == UInt8(ascii: "<"), let end = endOfVerbatimSection(bytes, at: index) {
                for skipped in bytes[index..<end] where skipped == 10 { line += 1 }
                output.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            if byte == UInt8(ascii: "&") {
                switch reference(bytes, at: index) {
                case .wellFormed:
                    output.append(byte)
                case .uppercaseHex:
                    output.append(contentsOf: "&#x".utf8)
                    index += 3
                    firstLine = firstLine ?? line
                    continue
                case .bare:
                    output.append(contentsOf: "&amp;".utf8)
                    firstLine = firstLine ?? line
                }
                index += 1
                continue
            }
            output.append(byte)
            index += 1
        }
        guard let firstLine else { return nil }
        return (output, firstLine)
    }

    private enum Reference { case wellFormed, uppercaseHex, bare }

    /// A quick look at the ampersands alone, so that well-formed feeds pay for no second pass.
    private static func hasSuspect(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "&")), bytes.count - index) {
            let ampersand = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            if reference(bytes, at: ampersand) != .wellFormed { return true }
            index = ampersand + 1
        }
        return false
    }

    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Reference {
        var cursor = index + 1
        guard cursor < bytes.count else { return .bare }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var isHex = false
            var uppercase = false
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X") {
                isHex = true
                uppercase = bytes[cursor] == UInt8(ascii: "X")
                cursor += 1
            }
            let start = cursor
            while cursor < bytes.count, cursor - start < 10, isDigit(bytes[cursor], hex: isHex) { cursor += 1 }
            guard cursor > start, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else { return .bare }
            return uppercase ? .uppercaseHex : .wellFormed
        }
        guard isNameStart(bytes[cursor]) else { return .bare }
        cursor += 1
        while cursor < bytes.count, cursor - index < 64, isNameStart(bytes[cursor]) || isDigit(bytes[cursor], hex: false)
            || bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
        }
        return cursor < bytes.count && bytes[cursor] == UInt8(ascii: ";") ? .wellFormed : .bare
    }

    /// The end of a CDATA section or comment starting at `index`, whose `&` are not references.
    private static func endOfVerbatimSection(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let rest = bytes[index...]
        let terminator: [UInt8]
        if rest.starts(with: "<![CDATA[".utf8) {
            terminator = Array("]]>".utf8)
        } else if rest.starts(with: "<!--".utf8) {
            terminator = Array("-->".utf8)
        } else {
            return nil
        }
        guard let found = rest.dropFirst(4).firstRange(of: terminator) else { return bytes.count }
        return found.upperBound
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || hex && ((UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte))
    }
}
