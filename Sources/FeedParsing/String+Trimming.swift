extension StringProtocol {
    /// Without leading and trailing white space (XML's four characters and the
    /// no-break space feeds pad with).
    var trimmed: String {
        String(self).trimmedUTF8
    }

    /// Trimmed, and nil when nothing is left.
    var nonBlank: String? {
        let value = trimmed
        return value.isEmpty ? nil : value
    }
}

private extension String {
    /// Works on UTF-8 bytes, because content can be large.
    var trimmedUTF8: String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let byte = bytes[start]
            if isASCIIWhitespace(byte) {
                bytes.formIndex(after: &start)
            } else if byte == 0xC2, bytes.index(after: start) < end, bytes[bytes.index(after: start)] == 0xA0 {
                start = bytes.index(start, offsetBy: 2)
            } else {
                break
            }
        }
        while end > start {
            let last = bytes.index(before: end)
            if isASCIIWhitespace(bytes[last]) {
                end = last
            } else if bytes[last] == 0xA0, last > start, bytes[bytes.index(before: last)] == 0xC2 {
                end = bytes.index(before: last)
            } else {
                break
            }
        }
        if start == bytes.startIndex, end == bytes.endIndex { return self }
        return String(self[start..<end])
    }
}

private func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 9 || byte == 13
}
