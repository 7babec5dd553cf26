import Publishing
import Testing

@Suite("Plain text from HTML")
struct HTMLTextTests {
    @Test func tagsGoEntitiesAreDecodedAndBlocksStayApart() {
        let text = HTMLText.plainText(from: "<p>Talks in <b>Oman</b>&nbsp;&amp; Qatar</p><p>Second&#8212;paragraph</p>")
        // A no-break space is white space like any other to the story engine.
        #expect(text == "Talks in Oman & Qatar Second\u{2014}paragraph")
    }

    @Test func scriptsAndStylesSayNothing() {
        let text = HTMLText.plainText(from: "<style>p{color:red}</style><p>Visible</p><script>alert('no')</script>")
        #expect(text == "Visible")
    }

    @Test func plainTextPassesThrough() {
        #expect(HTMLText.plainText(from: "No markup here") == "No markup here")
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let html = String(repeating: "<div>", count: 20_000) + "deep" + String(repeating: "</div>", count: 20_000)
        #expect(HTMLText.plainText(from: html).count < 20)
    }
}
