/// Turns text into the content words the engine compares: folded to lower-case
/// ASCII where the script allows, stop words dropped, plurals stemmed.
///
/// Folding goes by the scalar's Unicode name ("LATIN SMALL LETTER E WITH
/// ACUTE" is an "e") because the standard library offers no public
/// decomposition and Foundation may not be used here; the answers are cached,
/// so the name lookup happens once per distinct letter.
struct Tokenizer {
    private var foldedScalars: [Unicode.Scalar: [UInt8]] = [:]

    /// The words of `text`, in order.
    mutating func words(in text: String) -> TokenizedText {
        var tokenized = TokenizedText()
        var scanner = WordScanner()
        var atSentenceStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var current = scalars.next()
        while let scalar = current {
            let next = scalars.next()
            if let letter = asciiWordByte(scalar) {
                scanner.appendASCII(letter)
            } else if !scalar.isASCII && isWordScalar(scalar) {
                scanner.append(folded: fold(scalar), isUppercase: scalar.properties.isUppercase)
            } else if !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark {
                // A combining accent belongs to the letter before it and folds away with it.
            } else if !scanner.isEmpty, let next, isWordScalar(next), scanner.continues(at: scalar, before: next) {
                // The connector stays inside the word ("U.S.", "34,900", "Iran's").
            } else {
                if !scanner.isEmpty {
                    scanner.finish(into: &tokenized, atSentenceStart: atSentenceStart)
                    atSentenceStart = false
                }
                if Tokenizer.sentenceBoundaries.contains(scalar) {
                    atSentenceStart = true
                }
            }
            current = next
        }
        scanner.finish(into: &tokenized, atSentenceStart: atSentenceStart)
        return tokenized
    }

    private static let sentenceBoundaries: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "\n", "\"", "\u{201C}", "\u{201D}", "|"]

    private func asciiWordByte(_ scalar: Unicode.Scalar) -> UInt8? {
        guard scalar.isASCII else { return nil }
        let byte = UInt8(scalar.value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return byte
        default:
            return nil
        }
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return asciiWordByte(scalar) != nil
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = foldedScalars[scalar] {
            return known
        }
        let folded = Array((Tokenizer.latinBase(of: scalar) ?? scalar.properties.lowercaseMapping).utf8)
        foldedScalars[scalar] = folded
        return folded
    }

    private static func latinBase(of scalar: Unicode.Scalar) -> String? {
        guard let name = scalar.properties.name else { return nil }
        let prefixes = ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ", "LATIN SMALL LIGATURE ", "LATIN CAPITAL LIGATURE "]
        guard let prefix = prefixes.first(where: { name.hasPrefix($0) }) else { return nil }
        let letters = name.dropFirst(prefix.count).split(separator: " ").first.map(String.init) ?? ""
        switch letters {
        case "SHARP": return "ss"
        case "DOTLESS": return "i"
        default:
            guard (1...2).contains(letters.count), letters.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
            return letters.lowercased()
        }
    }
}
