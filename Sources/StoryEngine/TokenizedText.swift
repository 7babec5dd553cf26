/// The content words of a text, with which of them look like names.
struct TokenizedText {
    private(set) var terms: [String] = []
    private var capitalized: [Bool] = []
    private var wordsInsideSentences = 0
    private var capitalizedInsideSentences = 0

    mutating func append(term: String, isCapitalized: Bool) {
        terms.append(term)
        capitalized.append(isCapitalized)
    }

    /// Counts every word, stop words included, to tell a Title Case Headline from a sentence.
    mutating func countWord(isCapitalized: Bool, isSentenceStart: Bool) {
        guard !isSentenceStart else { return }
        wordsInsideSentences += 1
        if isCapitalized {
            capitalizedInsideSentences += 1
        }
    }

    /// Whether the text capitalises its words by style (Title Case, ALL CAPS), so capitals say nothing about names.
    var isTitleCased: Bool {
        capitalizedInsideSentences * 2 > wordsInsideSentences
    }

    /// Whether the term at `index` is capitalised inside a sentence: a name, in a text written in sentence case.
    func isName(at index: Int) -> Bool {
        capitalized[index] && !isTitleCased
    }
}
