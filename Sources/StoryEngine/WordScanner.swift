/// The word being read by ``Tokenizer``: its folded UTF-8 bytes, and what its
/// connectors ('.', ',', apostrophes) have decided about it so far.
struct WordScanner {
    private var bytes: [UInt8] = []
    private var lettersSinceDot = 0
    private var lastWasDigit = false
    private var isAllDigits = true
    private var isUpperCaseASCII = true
    private var isDottedAcronym = false
    private var startsUppercase: Bool?
    private var isSkippingSuffix = false

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends a run of ASCII letters and digits.
    mutating func appendASCII(_ run: UnsafeBufferPointer<UInt8>) {
        guard !isSkippingSuffix, let first = run.first, let last = run.last else { return }
        startsUppercase = startsUppercase ?? Self.isUppercase(first)
        lastWasDigit = Self.isDigit(last)
        // One pass lower-cases the copy and tells what the run held: the run
        // is letters and digits only, so a capital is no digit, and a small
        // letter or a digit no capital.
        var hasLetter = false
        var hasNonCapital = false
        let start = bytes.count
        bytes.append(contentsOf: run)
        bytes.withUnsafeMutableBufferPointer { word in
            for index in start..<word.count {
                let byte = word[index]
                if Self.isUppercase(byte) {
                    word[index] = byte + 32
                    hasLetter = true
                } else {
                    hasNonCapital = true
                    hasLetter = hasLetter || !Self.isDigit(byte)
                }
            }
        }
        isAllDigits = isAllDigits && !hasLetter
        isUpperCaseASCII = isUpperCaseASCII && !hasNonCapital
        lettersSinceDot += run.count
    }

    private static func isUppercase(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    mutating func append(folded: [UInt8], isUppercase: Bool) {
        guard !isSkippingSuffix else { return }
        startsUppercase = startsUppercase ?? isUppercase
        bytes.append(contentsOf: folded)
        lastWasDigit = false
        isAllDigits = false
        isUpperCaseASCII = false
        lettersSinceDot += 1
    }

    /// Whether `connector` joins the word to the `next` scalar instead of ending it.
    ///
    /// A period joins single letters ("U.S.") and digits ("5.6") but not words,
    /// since scraped text often lacks the space after a full stop ("in Oman.The
    /// talks"). An apostrophe keeps the stem and drops the rest ("Iran's").
    mutating func continues(at connector: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
        let nextIsDigit = next.isASCII ? (next >= "0" && next <= "9") : next.properties.numericType != nil
        switch connector {
        case ".":
            if lastWasDigit && nextIsDigit { return true }
            if lettersSinceDot == 1 && !nextIsDigit && !lastWasDigit {
                isDottedAcronym = true
                lettersSinceDot = 0
                return true
            }
            return false
        case ",":
            return lastWasDigit && nextIsDigit
        case "'", "\u{2019}", "\u{02BC}":
            guard !nextIsDigit else { return false }
            isSkippingSuffix = true
            return true
        default:
            return false
        }
    }

    /// Ends the word, adding its term to `text` unless it carries no meaning.
    mutating func finish(
        into text: inout TokenizedText, atSentenceStart: Bool, lexicon: inout Lexicon, vocabulary: inout Vocabulary
    ) {
        defer { reset() }
        guard !bytes.isEmpty else { return }
        let isCapitalized = startsUppercase == true && !atSentenceStart
        if !atSentenceStart {
            text.countWord(isCapitalized: isCapitalized)
        }
        if isAllDigits {
            text.append(term: vocabulary.identifier(for: bytes), isCapitalized: false)
            return
        }
        // "US" and "U.S." name the country; folded they would read as the pronoun "us".
        if bytes == WordScanner.us && (isUpperCaseASCII || isDottedAcronym) {
            text.append(term: vocabulary.identifier(for: WordScanner.usa), isCapitalized: true)
            return
        }
        guard let entry = lexicon.entry(for: bytes, vocabulary: &vocabulary) else { return }
        text.append(term: entry.term, isCapitalized: isCapitalized && !entry.isCalendar)
    }

    private static let us: [UInt8] = Array("us".utf8)
    private static let usa: [UInt8] = Array("usa".utf8)

    private mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        lettersSinceDot = 0
        lastWasDigit = false
        isAllDigits = true
        isUpperCaseASCII = true
        isDottedAcronym = false
        isSkippingSuffix = false
        startsUppercase = nil
    }
}
