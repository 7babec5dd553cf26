import Testing
@testable import StoryEngine

@Suite struct TokenizerTests {
    @Test func foldsAccentsAndCase() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.words(in: "Café in Łódź, ÉCOLE Straße").terms == ["cafe", "lodz", "ecole", "strasse"])
    }

    @Test func foldsDecomposedAccents() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.words(in: "Cafe\u{0301} Zu\u{0308}rich").terms == ["cafe", "zurich"])
    }

    @Test func dropsStopWordsAndStemsPlurals() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.words(in: "The cases of the countries were in the news").terms == ["case", "country"])
    }

    @Test func keepsTheCountryApartFromThePronoun() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.words(in: "U.S. and US officials told us").terms == ["usa", "usa", "official", "told"])
    }

    @Test func cutsPossessivesAndKeepsNumbersWhole() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.words(in: "Iran's 34,900 missiles, a 5.6 quake").terms == ["iran", "34900", "missile", "56", "quake"])
    }

    @Test func splitsSentencesMissingTheirSpace() {
        var tokenizer = Tokenizer()
        #expect(tokenizer.words(in: "held in Oman.The talks").terms == ["held", "oman", "talk"])
    }

    @Test func findsNamesInSentencesButNotInTitleCase() {
        var tokenizer = Tokenizer()
        let sentence = tokenizer.words(in: "On Sunday a quake hit Qeshm island. Rescuers from Bandar Abbas arrived.")
        #expect(sentence.names(among: sentence.terms.count) == ["qeshm", "bandar", "abba"])
        let headline = tokenizer.words(in: "Quake Hits Qeshm Island, Rescuers Arrive")
        #expect(headline.names(among: headline.terms.count).isEmpty)
    }
}
