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

extension BidirectionalCollection<UInt8> {
    /// The indices left once XML white space and UTF-8 no-break spaces (`C2 A0`) are
    /// dropped from both ends; shared by strings and by field text still in bytes.
    var rangeWithoutSurroundingSpace: Range<Index> {
        var start = startIndex
        var end = endIndex
        while start < end {
            let byte = self[start]
            if isASCIIWhitespace(byte) {
                formIndex(after: &start)
            } else if byte == 0xC2, index(after: start) < end, self[index(after: start)] == 0xA0 {
                start = index(start, offsetBy: 2)
            } else {
                break
            }
        }
        while end > start {
            let last = index(before: end)
            if isASCIIWhitespace(self[last]) {
                end = last
            } else if self[last] == 0xA0, last > start, self[index(before: last)] == 0xC2 {
                end = index(before: last)
            } else {
                break
            }
        }
        return start..<end
    }
}

private extension String {
    /// Works on UTF-8 bytes, because content can be large.
    var trimmedUTF8: String {
        let range = utf8.rangeWithoutSurroundingSpace
        if range.lowerBound == utf8.startIndex, range.upperBound == utf8.endIndex { return self }
        return String(self[range])
    }
}

private func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 9 || byte == 13
}
