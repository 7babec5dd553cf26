internal import FoundationEssentials
import Publishing
import Testing

/// feedparser's 745 sanitiser cases: nothing dangerous may survive in any of them.
/// Our allowlist is stricter than feedparser's (no `style`, `class`, forms or
/// SVG), so only part of the outputs can match its expectations; the count is printed.
@Suite struct FeedparserSanitizeCorpusTests {
    @Test(.enabled(if: TestPaths.shared != nil, "../shared is absent"))
    func nothingDangerousSurvivesAnyCase() throws {
        let shared = try #require(TestPaths.shared)
        let folder = shared + "/corpus/feedparser/tests/wellformed/sanitize"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
        let sanitizer = HTMLSanitizer()
        var checked = 0, withExpectation = 0, matching = 0, unreadable: [String] = []
        for name in names {
            guard let contents = TestPaths.read(folder + "/" + name),
                  let testCase = SanitizeCase(name: name, contents: contents), !testCase.inputs.isEmpty
            else {
                unreadable.append(name)
                continue
            }
            checked += 1
            for input in testCase.inputs {
                // feedparser strips surrounding whitespace from what it returns.
                let output = sanitizer.sanitize(input, baseURL: nil).trimmingWhitespace()
                let findings = DangerScanner.findings(in: output)
                #expect(findings.isEmpty, "\(name): \(findings) in \(output)")
                if let expected = testCase.expected {
                    withExpectation += 1
                    if output == expected { matching += 1 }
                }
            }
        }
        print("note: feedparser sanitize corpus: \(names.count) files, \(checked) cases run, "
            + "\(matching) of \(withExpectation) outputs equal feedparser's expected output")
        #expect(names.count == 745)
        #expect(unreadable.isEmpty, "cases whose field could not be found: \(unreadable)")
    }
}
