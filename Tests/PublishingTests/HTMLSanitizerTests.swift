import Publishing
import Testing

@Suite struct HTMLSanitizerTests {
    let sanitizer = HTMLSanitizer()
    let base = "https://news.example/2024/story.html"

    @Test(arguments: [
        ("safe<script type=\"text/javascript\">location.href='x';</script> description", "safe description"),
        ("<p onclick=\"steal()\" onmouseover='x'>text</p>", "<p>text</p>"),
        ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"java\tscript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"&#106;avascript:alert(1)\">x</a>", "<a>x</a>"),
        ("<a href=\"vbscript:msgbox\">x</a>", "<a>x</a>"),
        ("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "<a>x</a>"),
        ("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\">", "<img alt=\"dot\" src=\"data:image/png;base64,iVBORw0KGgo=\" />"),
        ("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<img />"),
        ("<iframe src=\"https://evil.example\">inside</iframe>after", "insideafter"),
        ("<object data=\"x.swf\"><embed src=\"x.swf\"></object>ok", "ok"),
        ("<style>p{display:none}</style><p style=\"position:fixed\">x</p>", "<p>x</p>"),
        ("<a href=\"/map?a=1&amp;b=2\">map</a>", "<a href=\"https://news.example/map?a=1&amp;b=2\">map</a>"),
        ("<img src=\"pics/a b.jpg\">", "<img src=\"https://news.example/2024/pics/a%20b.jpg\" />"),
        ("<a href=\"mailto:desk@news.example\">mail</a>", "<a href=\"mailto:desk@news.example\">mail</a>"),
        ("<blink>unknown</blink> <font color=red>tags</font>", "unknown tags"),
        ("a < b && c > d", "a &lt; b &amp;&amp; c &gt; d"),
        ("before<!-- <script>alert(1)</script> -->after", "beforeafter"),
        ("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>",
         "<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\"></p>"),
        ("<form action=\"https://evil.example\"><input name=q><button>Go</button></form>", "Go"),
        ("<svg><script>alert(1)</script></svg>svg gone", "svg gone"),
        ("line<br>next<hr>", "line<br />next<hr />"),
        ("<table><tr><td colspan=2 bgcolor=red>1</td></tr></table>",
         "<table><tr><td colspan=\"2\">1</td></tr></table>"),
        ("Caf&eacute; &amp; cr&egrave;me", "Café &amp; crème"),
    ])
    func sanitizes(input: String, expected: String) {
        let output = sanitizer.sanitize(input, baseURL: base)
        #expect(output == expected)
        #expect(DangerScanner.findings(in: output).isEmpty)
    }

    @Test func relativeLinksStayRelativeWithoutBase() {
        #expect(sanitizer.sanitize("<a href=\"/map\">m</a>", baseURL: nil) == "<a href=\"/map\">m</a>")
    }

    @Test func baseThatIsNotAWebPageIsIgnored() {
        #expect(sanitizer.sanitize("<a href=\"x\">m</a>", baseURL: "javascript:alert(1)//") == "<a href=\"x\">m</a>")
    }

    @Test func remoteMediaCanBeDroppedForSelfContainedPages() {
        let strict = HTMLSanitizer(allowsRemoteMedia: false)
        let input = "<img src=\"https://cdn.example/a.jpg\" alt=\"A <b>flood</b>\"><video src=\"https://cdn.example/v.mp4\">"
            + "<source src=\"https://cdn.example/v.webm\">fallback</video><img src=\"data:image/gif;base64,R0lG\">"
        #expect(strict.sanitize(input, baseURL: nil)
            == "A &lt;b&gt;flood&lt;/b&gt;fallback<img src=\"data:image/gif;base64,R0lG\" />")
    }

    @Test(arguments: [
        "<p>Flood <img src=\"https://cdn.example/a.jpg\" alt=\"road\"> <video src=\"v.mp4\">clip</video> end</p>",
        "<audio src=\"a.mp3\"><source src=\"b.ogg\">no audio</audio><img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<a href=\"/x\">rel</a><script>x()</script><noscript><p title=\"</noscript><img src=x>\"></p></noscript>",
        String(repeating: "<div><img src=\"i.png\">", count: 300) + "deep",
    ])
    func onePassUnderTwoPoliciesMatchesTwoPasses(html: String) {
        let selfContained = HTMLSanitizer(allowsRemoteMedia: false)
        let (kept, dropped) = sanitizer.sanitize(html, baseURL: base, alsoUnder: selfContained)
        #expect(kept == Array(sanitizer.sanitize(html, baseURL: base).utf8))
        #expect(dropped == Array(selfContained.sanitize(html, baseURL: base).utf8))
    }

    @Test func controlCharactersAreRemoved() {
        #expect(sanitizer.sanitize("a\u{0}b\u{1B}c\u{7F}d<p title=\"\u{1}t\">e</p>", baseURL: nil) == "abcd<p title=\"t\">e</p>")
    }

    @Test func deepNestingIsKeptUpToLibxml2sLimitAndNeverCrashes() {
        func nested(_ depth: Int) -> String {
            String(repeating: "<div>", count: depth) + "deep<script>x</script>" + String(repeating: "</div>", count: depth)
        }
        #expect(sanitizer.sanitize(nested(200), baseURL: nil).contains("deep"))
        let hostile = sanitizer.sanitize(nested(20_000), baseURL: nil)
        #expect(DangerScanner.findings(in: hostile).isEmpty)
    }

    @Test func nestingPastLibxml2sLimitEndsTheFragmentThereWithEveryTagClosed() {
        // html and body count too: libxml2's tree builder stops at 257 open elements.
        let html = String(repeating: "<div>", count: 300) + "deep" + String(repeating: "</div>", count: 300)
        let kept = 257 - 2
        #expect(sanitizer.sanitize(html, baseURL: nil)
            == String(repeating: "<div>", count: kept) + String(repeating: "</div>", count: kept))
    }

    @Test func booleanAttributesWithoutValueTakeTheirName() {
        #expect(sanitizer.sanitize("<hr noshade><table><tr><td nowrap colspan=2 title>x</td></tr></table>", baseURL: nil)
            == "<hr noshade=\"noshade\" /><table><tr><td colspan=\"2\" nowrap=\"nowrap\" title=\"\">x</td></tr></table>")
    }

    @Test func emptyAndWhitespaceInputs() {
        #expect(sanitizer.sanitize("", baseURL: nil) == "")
        #expect(sanitizer.sanitize("<script>x</script>", baseURL: nil) == "")
    }

    @Test func plainTextIsEscapedIntoParagraphs() {
        let html = HTMLSanitizer.escapePlainText("First <line> & one\nsecond line\r\n\r\n\n Third \u{0}para ")
        #expect(html == "<p>First &lt;line&gt; &amp; one<br />second line</p>\n<p>Third para</p>")
    }
}
