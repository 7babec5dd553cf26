@testable import Aggregator
import FeedParsing
import Store
import Testing
import Timestamps

@Suite("Untitled items")
struct UntitledItemTests {
    static let feed = FeedRecord(id: 1, url: "https://example.org/feed", subscribedURL: "https://example.org/feed", title: "Example")

    static func title(ofBody body: String, isHTML: Bool) -> String {
        let entry = ParsedEntry(key: "1", content: body, contentIsHTML: isHTML)
        return ItemRecord(entry: entry, of: feed, seenAt: Timestamp(secondsSince1970: 1_716_000_000)).title
    }

    @Test func aLongHTMLBodyGivesItsFirstTwelveWords() {
        let paragraphs = (1...40).map { "<p>Word\($0)a word\($0)b</p>" }.joined()
        #expect(Self.title(ofBody: paragraphs, isHTML: true)
            == "Word1a word1b Word2a word2b Word3a word3b Word4a word4b Word5a word5b Word6a word6b…")
    }

    @Test func aLongPlainBodyGivesItsFirstTwelveWords() {
        let body = "  " + (1...40).map { "w\($0)" }.joined(separator: " \n ")
        #expect(Self.title(ofBody: body, isHTML: false) == "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12…")
    }

    @Test func aShortBodyIsTheWholeTitle() {
        #expect(Self.title(ofBody: "<p>Talks in <b>Oman</b></p>", isHTML: true) == "Talks in Oman")
    }
}
