import Publishing
import Testing

/// The tree the sanitiser's own parser builds, seen through the sanitiser's output.
/// Every expectation is what libxml2 2.9.14's HTML parser and our writer gave
/// before the parser replaced libxml2's, except where a test says otherwise.
@Suite struct HTMLFragmentParserTests {
    let sanitizer = HTMLSanitizer()
    let base = "https://news.example/2024/story.html"

    @Test(arguments: [
        ("<p>one<p>two", "<p>one</p><p>two</p>"),
        ("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>"),
        ("<p>a<div>b</div>c", "<p>a</p><div>b</div>c"),
        ("<p>x<li>y", "<p>x</p><li>y</li>"),
        ("<b>bold<p>para", "<b>bold</b><p>para</p>"),
        ("<dl><dt>term<dd>definition<dt>next</dl>", "<dl><dt>term</dt><dd>definition</dd><dt>next</dt></dl>"),
        ("<table><tr><td>1<td>2<tr><td>3</table>", "<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>"),
        ("<a href=/1>one<a href=/2>two</a>", "<a href=\"https://news.example/1\">one</a><a href=\"https://news.example/2\">two</a>"),
        // libxml2 2.9.14's table, not the HTML 4 DTD: these do not close.
        ("<p>a<noscript>b</noscript>c", "<p>abc</p>"),
        // The <b> keeps the writer from unwrapping a heading that stands directly in a heading.
        ("<h1>t<b><h2>u</h2>", "<h1>t<b><h2>u</h2></b></h1>"),
        ("<pre>a<p>b</pre>c", "<pre>a<p>b</p></pre>c"),
    ])
    func startTagsEndTheElementsLibxml2Ends(input: String, expected: String) {
        #expect(sanitizer.sanitize(input, baseURL: base) == expected)
    }

    @Test(arguments: [
        ("<div><p>a</div>b", "<div><p>a</p></div>b"),
        ("<b><i>x</b>y</i>", "<b><i>x</i></b>y"),
        // A cell outranks a division: the stray </div> inside it is ignored.
        ("<div><table><tr><td>a</div>b</td></tr></table>", "<div><table><tr><td>ab</td></tr></table></div>"),
        ("<table><tr><td><div>a</td>b</tr></table>", "<table><tr><td><div>a</div></td>b</tr></table>"),
        ("a</span>b</p>c", "abc"),
        ("<blockquote><p>quote<em>open", "<blockquote><p>quote<em>open</em></p></blockquote>"),
    ])
    func endTagsCloseByPriorityAndTheRestCloseAtTheEnd(input: String, expected: String) {
        #expect(sanitizer.sanitize(input, baseURL: base) == expected)
    }

    @Test(arguments: [
        ("<p>ok<script>alert(1)", "<p>ok</p>"),
        ("<ScRiPt>x</sCrIpT >after", "after"),
        ("<script>a</scriptx>b</script>c", "c"),
        ("<style>p{}</style><template><p>t</p></template><xml>x</xml>shown", "shown"),
        ("<scr\u{1}ipt>alert(1)</script>after", "after"),
        // An end tag right at the start of a script is read as one, as libxml2 does.
        ("<div><script></div>x</script>y", "<div></div>xy"),
    ])
    func scriptsAndStylesLoseTheirContentHoweverWritten(input: String, expected: String) {
        let output = sanitizer.sanitize(input, baseURL: base)
        #expect(output == expected)
        #expect(DangerScanner.findings(in: output).isEmpty)
    }

    @Test(arguments: [
        ("<a HREF='/x?a=1&amp;b=2' href=\"/ignored\" title=t>l</a>",
         "<a href=\"https://news.example/x?a=1&amp;b=2\" title=\"t\">l</a>"),
        ("<img alt=\"a > b\" src=/i.png title=>", "<img alt=\"a &gt; b\" src=\"https://news.example/i.png\" title=\"\" />"),
        ("<table><tr><td nowrap Colspan = 2 title>x</td></tr></table>",
         "<table><tr><td colspan=\"2\" nowrap=\"nowrap\" title=\"\">x</td></tr></table>"),
        ("<p title='a'b=c>x</p>", "<p title=\"a\">x</p>"),
        ("<a href=x/>link", "<a href=\"https://news.example/2024/x/\">link</a>"),
        // A reference without its semicolon stays as written, in a URL as in text.
        ("<a href=\"/p?a=1&copy=2\">l</a>", "<a href=\"https://news.example/p?a=1&amp;copy=2\">l</a>"),
        // libxml2 cut the value at the control character (title="x &gt; y é é "):
        // it is dropped instead, as in text.
        ("<a title=\"x &gt; y &eacute; &#233; &#1;z\">l</a>", "<a title=\"x &gt; y é é z\">l</a>"),
        // Past the first sixteen names, duplicates are found another way: the first still wins.
        ("<a title=first " + (1...20).map { "x\($0)" }.joined(separator: " ") + " title=second href=TITLE>l</a>",
         "<a href=\"https://news.example/2024/TITLE\" title=\"first\">l</a>"),
    ])
    func attributesAreReadAsLibxml2ReadsThem(input: String, expected: String) {
        #expect(sanitizer.sanitize(input, baseURL: base) == expected)
    }

    @Test(arguments: [
        ("<p>a</p><body><p>b</p></body><p>c", "<p>a</p><p>b</p><p>c</p>"),
        // Text after the body goes into an implied paragraph, but the end tag of
        // an ignored <body> is ignored in turn.
        ("a</body>b", "a<p>b</p>"),
        ("<body>x</body>y", "xy"),
        ("a</html>b", "a<p>b</p>"),
        ("a<!-- x -->b<!DOCTYPE html></p>c", "ab&lt;/p&gt;c"),
        ("<p/>x<br/>y<div/>z", "<p></p>x<br />y<div></div>z"),
        ("<img src=a.png>text<br>more", "<img src=\"https://news.example/2024/a.png\" />text<br />more"),
    ])
    func documentStructureDeclarationsAndEmptyElements(input: String, expected: String) {
        #expect(sanitizer.sanitize(input, baseURL: base) == expected)
    }

    @Test func nestingPastTheLimitEndsTheParseWhateverElementsMakeIt() {
        let html = String(repeating: "<b>", count: 300) + "deep"
        #expect(sanitizer.sanitize(html, baseURL: nil)
            == String(repeating: "<b>", count: 255) + String(repeating: "</b>", count: 255))
    }
}
