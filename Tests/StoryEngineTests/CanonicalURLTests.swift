import Testing
@testable import StoryEngine

@Suite struct CanonicalURLTests {
    @Test func dropsTrackingFragmentHostCaseAndScheme() {
        let plain = CanonicalURL("https://example.com/world/oman-talks")
        #expect(CanonicalURL("http://WWW.Example.com/world/oman-talks/?utm_source=rss&fbclid=x#top") == plain)
    }

    @Test func keepsParametersThatNameTheArticle() {
        let first = CanonicalURL("https://example.com/story?id=1&utm_medium=feed")
        #expect(first?.text == "example.com/story?id=1")
        #expect(first != CanonicalURL("https://example.com/story?id=2"))
    }

    @Test func refusesWhatIsNotAWebURL() {
        #expect(CanonicalURL("mailto:desk@example.com") == nil)
        #expect(CanonicalURL("not a url") == nil)
    }
}
