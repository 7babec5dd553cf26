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

    @Test func sortsKeptParametersAndTrimsSpacesAndPorts() {
        let canonical = CanonicalURL("\u{00A0} HTTPS://www.Example.com:443/a/b//?z=2&ref=x&&A=1&UTM_Campaign=y \n")
        #expect(canonical?.text == "example.com/a/b?A=1&z=2")
    }

    @Test func foldsAnInternationalHostByUnicodeCase() {
        #expect(CanonicalURL("https://BÜCHER.example/Titel")?.text == "bücher.example/Titel")
    }
}
