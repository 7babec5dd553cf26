import Publishing
import Testing
import Timestamps

@Suite struct ArticlePathTests {
    let date = StoryFixtures.may18

    func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "articles", parts[4].hasSuffix(".html") else { return false }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        let name = parts[4].dropLast(5)
        return parts[1...3].allSatisfy { $0.allSatisfy(\.isNumber) } && !name.isEmpty && name.allSatisfy(allowed.contains)
            && !name.hasPrefix("-") && path.utf8.count <= 100
    }

    @Test func readableDatedPath() {
        let path = ArticlePath.make(title: "Oman floods: Rescue teams reach Ibri!", published: date, storyID: "story-1")
        #expect(path.hasPrefix("articles/2024/05/18/oman-floods-rescue-teams-reach-ibri-"))
        #expect(isSafe(path))
        #expect(path == ArticlePath.make(title: "Oman floods: Rescue teams reach Ibri!", published: date, storyID: "story-1"))
    }

    /// A title with a short label, so test reports stay readable (and free of NULs).
    struct HostileTitle: CustomTestStringConvertible, Sendable {
        var label: String
        var text: String
        var testDescription: String { label }
    }

    @Test(arguments: [
        HostileTitle(label: "parent traversal", text: "../../etc/passwd"),
        HostileTitle(label: "absolute path", text: "/etc/passwd"),
        HostileTitle(label: "dot-dot", text: ".."),
        HostileTitle(label: "hidden file", text: ".hidden"),
        HostileTitle(label: "NULs inside", text: "a\u{0}b\u{0}c"),
        HostileTitle(label: "only a NUL", text: "\u{0}"),
        HostileTitle(label: "empty", text: ""),
        HostileTitle(label: "blank", text: "   "),
        HostileTitle(label: "Windows path", text: "C:\\Windows\\system32"),
        HostileTitle(label: "10 kB of emoji", text: String(repeating: "😀", count: 2_500)),
        HostileTitle(label: "10 kB of letters", text: String(repeating: "a", count: 10_000)),
        HostileTitle(label: "percent-encoded traversal", text: "%2e%2e%2f"),
        HostileTitle(label: "reserved device name", text: "con"),
        HostileTitle(label: "leading dash", text: "-leading dash"),
    ])
    func hostileTitlesGiveSafePaths(title: HostileTitle) {
        let path = ArticlePath.make(title: title.text, published: date, storyID: "story-\(title.label)")
        #expect(isSafe(path), "\(path)")
        #expect(!path.contains(".."))
    }

    @Test func accentsFoldToASCII() {
        #expect(ArticlePath.make(title: "Café in Zürich: Œuvre für Ærø", published: date, storyID: "x")
            .hasPrefix("articles/2024/05/18/cafe-in-zurich-oeuvre-fur-aero-"))
        #expect(ArticlePath.make(title: "Cafe\u{301} nuit", published: date, storyID: "x")
            .hasPrefix("articles/2024/05/18/cafe-nuit-"))
    }

    @Test func sameTitleDifferentStoriesDiffer() {
        let first = ArticlePath.make(title: "Breaking news", published: date, storyID: "story-a")
        let second = ArticlePath.make(title: "Breaking news", published: date, storyID: "story-b")
        #expect(first != second)
    }

    @Test func slugIsCappedAtAWordBoundary() {
        let title = String(repeating: "word ", count: 40)
        let name = ArticlePath.make(title: title, published: date, storyID: "s").split(separator: "/").last ?? ""
        let slug = name.dropLast(".html".count + 11)
        #expect(slug.count <= 60)
        #expect(slug.hasSuffix("word"))
    }

    @Test func extremeDatesStayFourDigits() {
        let far = Timestamp(secondsSince1970: 400_000_000_000)
        let early = Timestamp(secondsSince1970: -70_000_000_000)
        #expect(isSafe(ArticlePath.make(title: "x", published: far, storyID: "s")))
        #expect(isSafe(ArticlePath.make(title: "x", published: early, storyID: "s")))
    }
}
