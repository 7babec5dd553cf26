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

    @Test func commentsDoctypesAndInstructionsSayNothingButOtherMarkupLikeTextStays() {
        let text = HTMLText.plainText(from: "<!DOCTYPE html><p>a</p><!-- <p>hidden</p> --><?php echo 1 ?>b <![CDATA[c]]> 3 < 4")
        #expect(text == "a b <![CDATA[c]]> 3 < 4")
    }

    @Test func commentsPartNoWordsAndEndAtEitherClose() {
        #expect(HTMLText.plainText(from: "<p>wa<!-- x -->ter, fi<!-- y --!>re</p>") == "water, fire")
        // A `</` or `<?` that starts no tag or instruction is dropped, joining nothing apart.
        #expect(HTMLText.plainText(from: "<p>x</1 y<?2</p>") == "x1 y2")
    }

    @Test func charactersTheWritersRemoveAreNotText() {
        #expect(HTMLText.plainText(from: "<p>a&#1;b\u{1}c &#x7F;d</p>") == "abc d")
    }

    @Test func aQuotedGreaterThanSignDoesNotEndTheTag() {
        #expect(HTMLText.plainText(from: #"<img alt="a > b" src=x><a title='c>d'>link</a>"#) == "link")
    }

    @Test func aScriptEndsOnlyAtItsOwnEndTag() {
        let text = HTMLText.plainText(from: #"<SCRIPT>if (a < b) { s = "</p>"; }</script >after<template><p>t</p></template>end"#)
        #expect(text == "after end")
        // An element closed by its own tag holds nothing to skip.
        #expect(HTMLText.plainText(from: "<script/>shown") == "shown")
    }

    @Test func unknownReferencesStayAsWrittenAndNumericOnesNeedNoSemicolon() {
        let text = HTMLText.plainText(from: "&unknown; fish &amp chips &#65;&#x42;&#67 &thetasym; &#0;&#xD800;")
        #expect(text == "&unknown; fish &amp chips ABC \u{03D1}")
    }

    @Test func aWordLimitEndsTheTextAtTheFirstTagAfterIt() {
        let html = "<p>one two three</p><p>four  five\n six</p><p>seven</p>"
        #expect(HTMLText.plainText(from: html, wordLimit: 4) == "one two three four five six")
        #expect(HTMLText.plainText(from: html, wordLimit: 3) == "one two three")
        #expect(HTMLText.plainText(from: html) == "one two three four five six seven")
    }

    @Test func plainTextPassesThrough() {
        #expect(HTMLText.plainText(from: "No markup here") == "No markup here")
    }

    @Test func deepNestingDoesNotExhaustTheStack() {
        let html = String(repeating: "<div>", count: 20_000) + "deep" + String(repeating: "</div>", count: 20_000)
        #expect(HTMLText.plainText(from: html).count < 20)
    }
}
