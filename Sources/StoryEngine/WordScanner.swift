/// The word being read by ``Tokenizer``: its folded UTF-8 bytes, and what its
/// connectors ('.', ',', apostrophes) have decided about it so far.
struct WordScanner {
    /// The word is the first `length` bytes. The buffer is kept from word to
    /// word: emptying an array for each of them cost a first cycle 1 % of its
    /// instructions, and appending to one again as much.
    private var buffer = [UInt8](repeating: 0, count: 64)
    private var length = 0
    private var lettersSinceDot = 0
    private var lastWasDigit = false
    private var isAllDigits = true
    private var isUpperCaseASCII = true
    private var isDottedAcronym = false
    private var startsUppercase: Bool?
    private var isSkippingSuffix = false

    var isEmpty: Bool { length == 0 }

    /// Makes room for `count` more bytes; returns where they go.
    private mutating func reserve(_ count: Int) -> Int {
        let start = length
        length += count
        if length > buffer.count {
            buffer += repeatElement(0, count: max(length, 2 * buffer.count) - buffer.count)
        }
        return start
    }

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
        let start = reserve(run.count)
        buffer.withUnsafeMutableBufferPointer { buffer in
            for (offset, byte) in run.enumerated() {
                if Self.isUppercase(byte) {
                    buffer[start + offset] = byte + 32
                    hasLetter = true
                } else {
                    buffer[start + offset] = byte
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
        let start = reserve(folded.count)
        buffer.replaceSubrange(start..<length, with: folded)
        lastWasDigit = false
        isAllDigits = false
        isUpperCaseASCII = false
        lettersSinceDot += 1
    }

    /// A scalar that may join two parts of one word.
    enum Connector {
        case period, comma, apostrophe

        /// Nil for every other scalar, spaces above all: the tokenizer asks
        /// at every word's end, and only these need a look at the next scalar.
        init?(_ scalar: Unicode.Scalar) {
            switch scalar {
            case ".": self = .period
            case ",": self = .comma
            case "'", "\u{2019}", "\u{02BC}": self = .apostrophe
            default: return nil
            }
        }
    }

    /// Whether `connector` joins the word to the `next` scalar instead of ending it.
    ///
    /// A period joins single letters ("U.S.") and digits ("5.6") but not words,
    /// since scraped text often lacks the space after a full stop ("in Oman.The
    /// talks"). An apostrophe keeps the stem and drops the rest ("Iran's").
    mutating func continues(at connector: Connector, before next: Unicode.Scalar) -> Bool {
        let nextIsDigit = next.isASCII ? (next >= "0" && next <= "9") : next.properties.numericType != nil
        switch connector {
        case .period:
            if lastWasDigit && nextIsDigit { return true }
            if lettersSinceDot == 1 && !nextIsDigit && !lastWasDigit {
                isDottedAcronym = true
                lettersSinceDot = 0
                return true
            }
            return false
        case .comma:
            return lastWasDigit && nextIsDigit
        case .apostrophe:
            guard !nextIsDigit else { return false }
            isSkippingSuffix = true
            return true
        }
    }

    /// Ends the word, adding its term to `text` unless it carries no meaning.
    mutating func finish(
        into text: inout TokenizedText, atSentenceStart: Bool, lexicon: inout Lexicon, vocabulary: inout Vocabulary
    ) {
        defer { reset() }
        guard !isEmpty else { return }
        let isCapitalized = startsUppercase == true && !atSentenceStart
        if !atSentenceStart {
            text.countWord(isCapitalized: isCapitalized)
        }
        let term = buffer.withUnsafeBufferPointer { buffer in
            self.term(
                of: UnsafeBufferPointer(rebasing: buffer[..<length]), isCapitalized: isCapitalized,
                lexicon: &lexicon, vocabulary: &vocabulary
            )
        }
        if let term {
            text.append(
                term: term.identifier, isCapitalized: term.isCapitalized,
                isFigure: isAllDigits && length >= Self.figureDigits
            )
        }
    }

    /// The term the finished `word` stands for, nil for a word carrying no meaning.
    private func term(
        of word: UnsafeBufferPointer<UInt8>, isCapitalized: Bool, lexicon: inout Lexicon, vocabulary: inout Vocabulary
    ) -> (identifier: Int32, isCapitalized: Bool)? {
        if isAllDigits {
            return (vocabulary.identifier(for: word), false)
        }
        // "US" and "U.S." name the country; folded they would read as the pronoun "us".
        if word.count == 2 && word.elementsEqual(WordScanner.us) && (isUpperCaseASCII || isDottedAcronym) {
            return (vocabulary.identifier(for: WordScanner.usa), true)
        }
        guard let entry = lexicon.entry(for: word, vocabulary: &vocabulary) else { return nil }
        return (entry.term, isCapitalized && !entry.isCalendar)
    }

    /// A single digit ("3 dead", "2 a.m.") turns up in reports of every event;
    /// from two digits on (connectors dropped, so "3.6" and "128,000" count) a
    /// number is specific enough to tell one event's report from another's.
    private static let figureDigits = 2

    private static let us: [UInt8] = Array("us".utf8)
    private static let usa: [UInt8] = Array("usa".utf8)

    private mutating func reset() {
        length = 0
        lettersSinceDot = 0
        lastWasDigit = false
        isAllDigits = true
        isUpperCaseASCII = true
        isDottedAcronym = false
        isSkippingSuffix = false
        startsUppercase = nil
    }
}
