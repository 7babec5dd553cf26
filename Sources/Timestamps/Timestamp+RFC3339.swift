extension Timestamp {
    /// `YYYY-MM-DDTHH:MM:SSZ`, the one form every output of ours uses.
    ///
    /// Written byte by byte into a buffer on the stack: a publication formats
    /// several dates per story, and growing an array a digit at a time, then
    /// copying it into the string, cost twice what this does.
    public var rfc3339: String {
        let civil = CivilDate(self)
        // A year of an `Int64` of seconds has at most 12 digits and a sign.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer in
            var end = 0
            writePadded(civil.year, width: 4, then: "-", into: buffer, at: &end)
            writePadded(civil.month, width: 2, then: "-", into: buffer, at: &end)
            writePadded(civil.day, width: 2, then: "T", into: buffer, at: &end)
            writePadded(civil.hour, width: 2, then: ":", into: buffer, at: &end)
            writePadded(civil.minute, width: 2, then: ":", into: buffer, at: &end)
            writePadded(civil.second, width: 2, then: "Z", into: buffer, at: &end)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<end]), as: UTF8.self)
        }
    }

    /// Reads the strict form written by ``rfc3339`` (and offsets such as
    /// `+02:00` or fractions), as stored in our own database and JSON; the
    /// zoo of dates found in feeds is the feed parser's business.
    public init?(rfc3339 text: String) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 19, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116 || bytes[10] == 32,
              bytes[13] == 58, bytes[16] == 58,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        let civil = CivilDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard civil.isValid else { return nil }
        var index = 19
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
        }
        var offsetSeconds = 0
        if index < bytes.count {
            switch bytes[index] {
            case 90, 122:
                index += 1
            case 43, 45:
                guard let hours = number(index + 1..<index + 3) else { return nil }
                let minutesStart = index + 3 < bytes.count && bytes[index + 3] == 58 ? index + 4 : index + 3
                guard let minutes = number(minutesStart..<minutesStart + 2) else { return nil }
                offsetSeconds = (hours * 3_600 + minutes * 60) * (bytes[index] == 45 ? -1 : 1)
                index = minutesStart + 2
            default:
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        self = civil.timestamp.adding(seconds: Int64(-offsetSeconds))
    }
}

/// `value` in decimal with leading zeros up to `width` digits, then `separator`,
/// written at `end` (which moves past them).
private func writePadded(
    _ value: Int, width: Int, then separator: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int
) {
    if value < 0 {
        buffer[end] = UInt8(ascii: "-")
        end += 1
    }
    var digitCount = 1
    var scale: UInt = 1
    while value.magnitude / scale >= 10 {
        scale *= 10
        digitCount += 1
    }
    for _ in digitCount..<max(width, digitCount) {
        buffer[end] = UInt8(ascii: "0")
        end += 1
    }
    while scale > 0 {
        buffer[end] = UInt8(ascii: "0") + UInt8(value.magnitude / scale % 10)
        end += 1
        scale /= 10
    }
    buffer[end] = UInt8(ascii: separator)
    end += 1
}
