import Testing
@testable import StoryEngine

@Suite struct TokenizerTests {
    /// The terms of `text` spelled out, and the names among them.
    private func words(in text: String) -> (terms: [String], names: [String]) {
        var tokenizer = Tokenizer()
        var vocabulary = Vocabulary(priorDocumentCount: 0)
        let words = tokenizer.words(in: text, vocabulary: &vocabulary)
        return (words.terms.map(vocabulary.term), words.names(among: words.terms.count).map(vocabulary.term))
    }

    @Test func foldsAccentsAndCase() {
        #expect(words(in: "Café in Łódź, ÉCOLE Straße").terms == ["cafe", "lodz", "ecole", "strasse"])
    }

    @Test func foldsDecomposedAccents() {
        #expect(words(in: "Cafe\u{0301} Zu\u{0308}rich").terms == ["cafe", "zurich"])
    }

    @Test func dropsStopWordsAndStemsPlurals() {
        #expect(words(in: "The cases of the countries were in the news").terms == ["case", "country"])
    }

    @Test func keepsTheCountryApartFromThePronoun() {
        #expect(words(in: "U.S. and US officials told us").terms == ["usa", "usa", "official", "told"])
    }

    @Test func cutsPossessivesAndKeepsNumbersWhole() {
        #expect(words(in: "Iran's 34,900 missiles, a 5.6 quake").terms == ["iran", "34900", "missile", "56", "quake"])
    }

    @Test func takesNumbersOfTwoDigitsOrMoreAsFigures() {
        var tokenizer = Tokenizer()
        var vocabulary = Vocabulary(priorDocumentCount: 0)
        let words = tokenizer.words(in: "3 dead as a 5.6 quake hits 12 villages; 34,900 homeless, 2nd in May", vocabulary: &vocabulary)
        #expect(words.figures(among: words.terms.count).map(vocabulary.term) == ["56", "12", "34900"])
        #expect(words.figures(among: 3).map(vocabulary.term) == ["56"])
    }

    @Test func splitsSentencesMissingTheirSpace() {
        #expect(words(in: "held in Oman.The talks").terms == ["held", "oman", "talk"])
    }

    @Test func findsNamesInSentencesButNotInTitleCase() {
        #expect(words(in: "On Sunday a quake hit Qeshm island. Rescuers from Bandar Abbas arrived.").names
            == ["qeshm", "bandar", "abba"])
        #expect(words(in: "Quake Hits Qeshm Island, Rescuers Arrive").names.isEmpty)
    }

    /// A caller may cut a text after `leadTextWords` words (an HTML body is
    /// extracted only that far): the lead must still be whole where three
    /// words in four are stop words.
    @Test func theLeadFitsInTheLeadTextWordsOfTextMadeMostlyOfStopWords() {
        let configuration = StoryEngineConfiguration()
        let text = (0..<(2 * configuration.leadWords)).map { "and of the word\($0)" }.joined(separator: " ")
        let cut = text.split(separator: " ").prefix(configuration.leadTextWords).joined(separator: " ")
        var tokenizer = Tokenizer()
        var vocabulary = Vocabulary(priorDocumentCount: 0)
        let whole = tokenizer.words(in: text, limit: configuration.leadWords, vocabulary: &vocabulary).terms
        #expect(whole.count == configuration.leadWords)
        #expect(tokenizer.words(in: cut, limit: configuration.leadWords, vocabulary: &vocabulary).terms == whole)
    }

    /// The word is read into a buffer kept from word to word, which must grow
    /// for a long word and leave no bytes of it behind for the next one.
    @Test func readsWordsLongerThanItsBufferWhole() {
        let long = String(repeating: "Ab", count: 50) + "\u{E9}" + String(repeating: "c", count: 40)
        let folded = String(repeating: "ab", count: 50) + "e" + String(repeating: "c", count: 40)
        #expect(words(in: "\(long) storm \(long.lowercased()) x").terms == [folded, "storm", folded])
    }
}
