/// Evaluates the Python string expressions in feedparser's test comments:
/// quoted literals (optionally `u`-prefixed) joined by `+`, with the usual escapes.
enum PythonString {
    static func evaluate(_ expression: String) -> String? {
        var result = ""
        var characters = Substring(expression)
        while true {
            characters = characters.drop { $0.isWhitespace }
            if characters.first == "u" { characters = characters.dropFirst() }
            guard let quote = characters.first, quote == "'" || quote == "\"" else { return nil }
            characters = characters.dropFirst()
            guard let literal = readLiteral(&characters, quote: quote) else { return nil }
            result += literal
            characters = characters.drop { $0.isWhitespace }
            guard characters.first == "+" else { return characters.isEmpty ? result : nil }
            characters = characters.dropFirst()
        }
    }

    private static func readLiteral(_ characters: inout Substring, quote: Character) -> String? {
        var literal = ""
        while let character = characters.popFirst() {
            if character == quote { return literal }
            guard character == "\\" else { literal.append(character); continue }
            guard let escaped = characters.popFirst() else { return nil }
            switch escaped {
            case "n": literal.append("\n")
            case "t": literal.append("\t")
            case "r": literal.append("\r")
            case "u", "x":
                let width = escaped == "u" ? 4 : 2
                let hex = String(characters.prefix(width))
                characters = characters.dropFirst(width)
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                literal.unicodeScalars.append(scalar)
            default: literal.append(escaped)
            }
        }
        return nil
    }
}
