/// The content words of a text, and which of them are names and figures.
struct TokenizedText {
    private(set) var terms: [Int32] = []
    private var capitalized: [Bool] = []
    private var figure: [Bool] = []
    private var wordsInsideSentences = 0
    private var capitalizedInsideSentences = 0

    mutating func append(term: Int32, isCapitalized: Bool, isFigure: Bool) {
        terms.append(term)
        capitalized.append(isCapitalized)
        figure.append(isFigure)
    }

    /// Counts every word, stop words included, to tell a Title Case Headline from a sentence.
    mutating func countWord(isCapitalized: Bool) {
        wordsInsideSentences += 1
        if isCapitalized {
            capitalizedInsideSentences += 1
        }
    }

    /// Whether capitals are the text's style (Title Case, ALL CAPS) and so say nothing about names.
    var isTitleCased: Bool {
        capitalizedInsideSentences * 2 > wordsInsideSentences
    }

    /// The terms capitalised inside a sentence of a sentence-case text: names of people, places, bodies.
    func names(among count: Int) -> [Int32] {
        guard !isTitleCased else { return [] }
        return terms.indices.prefix(count).filter { capitalized[$0] }.map { terms[$0] }
    }

    /// The numbers of several digits: tolls, amounts, scores, magnitudes, dates.
    func figures(among count: Int) -> [Int32] {
        terms.indices.prefix(count).filter { figure[$0] }.map { terms[$0] }
    }
}
