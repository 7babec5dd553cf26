/// Turns text into the content words the engine compares: folded to lower-case
/// ASCII where the script allows, stop words dropped, plurals stemmed.
///
/// Folding goes by the scalar's Unicode name ("LATIN SMALL LETTER E WITH
/// ACUTE" is an "e") because the standard library offers no public
/// decomposition and Foundation may not be used here; the answers are cached,
/// so the name lookup happens once per distinct letter.
struct Tokenizer {
    private var foldedScalars: [Unicode.Scalar: [UInt8]] = [:]
    private var lexicon = Lexicon()

    /// The first `limit` words of `text`, in order, as terms of `vocabulary`
    /// (new terms are added in the order they occur).
    mutating func words(in text: String, limit: Int = .max, vocabulary: inout Vocabulary) -> TokenizedText {
        var text = text
        return text.withUTF8 { words(inUTF8: $0, limit: limit, vocabulary: &vocabulary) }
    }

    private mutating func words(
        inUTF8 bytes: UnsafeBufferPointer<UInt8>, limit: Int, vocabulary: inout Vocabulary
    ) -> TokenizedText {
        var tokenized = TokenizedText()
        var scanner = WordScanner()
        var atSentenceStart = true
        var position = 0
        while position < bytes.count && tokenized.terms.count < limit {
            // Most text is runs of ASCII letters and digits, taken whole: byte by
            // byte, this loop was a tenth of a first cycle's instructions.
            if Self.isASCIIWordByte(bytes[position]) {
                let runStart = position
                repeat { position += 1 } while position < bytes.count && Self.isASCIIWordByte(bytes[position])
                scanner.appendASCII(UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                continue
            }
            let (scalar, length) = Tokenizer.decode(bytes, at: position)
            position += length
            if !scalar.isASCII && isWordScalar(scalar) {
                scanner.append(folded: fold(scalar), isUppercase: scalar.properties.isUppercase)
            } else if !scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark {
                // A combining accent belongs to the letter before it and folds away with it.
            } else if !scanner.isEmpty, let connector = WordScanner.Connector(scalar), position < bytes.count,
                      case let next = Tokenizer.decode(bytes, at: position).scalar, isWordScalar(next),
                      scanner.continues(at: connector, before: next) {
                // The connector stays inside the word ("U.S.", "34,900", "Iran's").
            } else {
                if !scanner.isEmpty {
                    scanner.finish(
                        into: &tokenized, atSentenceStart: atSentenceStart, lexicon: &lexicon, vocabulary: &vocabulary
                    )
                    atSentenceStart = false
                }
                if Tokenizer.isSentenceBoundary(scalar) {
                    atSentenceStart = true
                }
            }
        }
        if tokenized.terms.count < limit {
            scanner.finish(
                into: &tokenized, atSentenceStart: atSentenceStart, lexicon: &lexicon, vocabulary: &vocabulary
            )
        }
        return tokenized
    }

    /// The scalar starting at `position` of valid UTF-8 (a `String`'s), and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[position])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length where position + offset < bytes.count {
            value = value << 6 | UInt32(bytes[position + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// After these a capital letter is the sentence's, not a name's. A switch,
    /// not a set: it runs for every space of every text.
    private static func isSentenceBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ":", ";", "\n", "\"", "\u{201C}", "\u{2018}", "'", "|", "(", "\u{2014}", "\u{2013}":
            return true
        default:
            return false
        }
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return false
        }
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? Self.isASCIIWordByte(UInt8(truncatingIfNeeded: scalar.value)) : Self.isOtherWordScalar(scalar)
    }

    /// Apart, because the property lookups made the ASCII test above cost a
    /// hundred instructions wherever they were compiled in with it.
    @inline(never)
    private static func isOtherWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
