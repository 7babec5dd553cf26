/// Reads fixed-width ASCII numbers and signs from a date's bytes.
struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }
    var remaining: Int { bytes.count - index }

    var isAtTimeSeparator: Bool {
        guard index + 1 < bytes.count else { return false }
        let byte = bytes[index]
        return (byte == UInt8(ascii: "T") || byte == UInt8(ascii: "t") || byte == UInt8(ascii: " "))
            && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 1])
    }

    mutating func advance() { index += 1 }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    /// As many digits as `digits` allows (greedy), nil if fewer than its lower bound.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while count < digits.upperBound, index < bytes.count, (48...57).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
            count += 1
        }
        return count >= digits.lowerBound ? value : nil
    }

    /// `Z`, `±HH:MM`, `±HHMM` or `±HH`, in seconds east of UTC.
    mutating func zoneOffset() -> Int? {
        if skip("Z") || skip("z") { return 0 }
        let negative: Bool
        if skip("+") { negative = false } else if skip("-") { negative = true } else { return nil }
        guard let hours = number(digits: 2...2) else { return nil }
        var minutes = 0
        if skip(":") {
            guard let value = number(digits: 2...2) else { return nil }
            minutes = value
        } else if !isAtEnd {
            guard let value = number(digits: 2...2) else { return nil }
            minutes = value
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return (hours * 3_600 + minutes * 60) * (negative ? -1 : 1)
    }
}
