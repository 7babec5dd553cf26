/// Makes links absolute: against `xml:base`, else the URL the document came from.
enum URIResolver {
    /// `reference` made absolute against `base`; unchanged when there is no usable base.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmedReference = reference.trimmed
        // Most links are already absolute and clean; they need no parsing.
        if isPlainAbsolute(trimmedReference) { return trimmedReference }
        guard let base, !base.isEmpty else { return trimmedReference }
        let baseReference = URIReference(base.trimmed)
        guard baseReference.scheme != nil else { return trimmedReference }
        let parsed = URIReference(trimmedReference)
        if parsed.scheme != nil, parsed.scheme != "http", parsed.scheme != "https" { return trimmedReference }
        return parsed.resolved(against: baseReference).text
    }

    private static func isPlainAbsolute(_ text: String) -> Bool {
        // On the contiguous UTF-8 buffer: iterating the string's UTF-8 view cost as much as the rest.
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.starts(with: "http://".utf8) || bytes.starts(with: "https://".utf8) else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return false }
                if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { return true }
                previous = byte
            }
            return true
        }
    }
}
