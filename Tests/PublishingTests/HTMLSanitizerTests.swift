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

    /// An HTML5 browser moves what stands between a table's rows out in front
    /// of the table, and ends a paragraph at a block and a heading at a heading;
    /// written as they stand, their end tags could close the page's own elements
    /// around the text.
    @Test(arguments: [
        ("<p>before</p><table><article><table><tr><td>inner</td></tr></table></article></table><p>after</p>",
         "<p>before</p><table><tr><td>inner</td></tr></table><p>after</p>"),
        ("<table><tr><div><p>loose</p></div><td>cell</td></tr></table>",
         "<table><tr>loose<td>cell</td></tr></table>"),
        ("<table><caption><div>title</div></caption><colgroup><col span=2><b>x</b></colgroup><thead><tr><th>h</th></tr></thead></table>",
         "<table><caption><div>title</div></caption><colgroup><col span=\"2\" />x</colgroup><thead><tr><th>h</th></tr></thead></table>"),
        ("<table><tr><hr><td>cell</td></tr></table>", "<table><tr><hr /><td>cell</td></tr></table>"),
        ("<table><col><tr><td>a<col>b</td></tr></table><p>x<col></p>", "<table><col /><tr><td>ab</td></tr></table><p>x</p>"),
        ("<table><td><table><tr><td><div>nested</div></td></tr></table></td></table>",
         "<table><td><table><tr><td><div>nested</div></td></tr></table></td></table>"),
        ("<div><tr><td>stray</td></tr><caption>parts</caption></div>", "<div>strayparts</div>"),
        ("<p>one <span>two<div><ul><li>three</li></ul></div></span> four</p><div>five</div>",
         "<p>one <span>twothree</span> four</p><div>five</div>"),
        ("<p><b>bold <table><tr><td>cell</td></tr></table></b></p>", "<p><b>bold cell</b></p>"),
        ("<h2>a<h1>b<h2>c</h2>d</h1>e</h2><h3>f <em>g<h4>h</h4></em></h3>",
         "<h2>abcde</h2><h3>f <em>g<h4>h</h4></em></h3>"),
        ("<dd><article><dd><dd>x</dd></dd></article></dd><ul><li><div><li>y</li></div></li><li><ol><li>z</li></ol></li></ul>",
         "<dd><article><dd>x</dd></article></dd><ul><li><div>y</div></li><li><ol><li>z</li></ol></li></ul>"),
        ("<div><p>para</p><ul><li><p>item</p><div>block</div></li></ul></div>",
         "<div><p>para</p><ul><li><p>item</p><div>block</div></li></ul></div>"),
    ])
    func keepsOnlyWhatABrowserLeavesWhereItStands(input: String, expected: String) {
        #expect(sanitizer.sanitize(input, baseURL: nil) == expected)
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
