/// The frame shared by our pages: self-contained HTML5 with inline CSS.
///
/// The Content-Security-Policy allows no script, no remote load and no form at all,
/// so even a hole in the sanitiser could not run a hostile feed's code or call home.
enum HTMLPage {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The page around what `body` writes, as UTF-8; `capacity` is a guess at the whole page's size.
    static func document(title: String, capacity: Int, body: (inout HTMLBuffer) -> Void) -> [UInt8] {
        var page = HTMLBuffer(capacity: capacity)
        page.markup(head)
        page.text(title)
        page.markup(afterTitle)
        body(&page)
        page.markup("\n</body>\n</html>\n")
        return page.bytes
    }

    private static let head = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <title>
        """

    private static let afterTitle = "</title>\n<style>\(stylesheet)</style>\n</head>\n<body>\n"

    /// A link leaving our site: no referrer, and no hint for search engines to
    /// follow. `label` writes the link's content.
    static func externalLink(_ href: String, into page: inout HTMLBuffer, label: (inout HTMLBuffer) -> Void) {
        page.markup("<a href=\"")
        page.attribute(href)
        page.markup("\" rel=\"noreferrer nofollow\">")
        label(&page)
        page.markup("</a>")
    }

    static let stylesheet = """
        body{margin:0 auto;max-width:46rem;padding:1rem 1.25rem;font:17px/1.55 Georgia,serif;color:#1d1d1f;\
        background:#fdfdfb}\
        nav,footer,.meta,.sources,.grouping{font-family:system-ui,sans-serif;font-size:.9rem;color:#555}\
        h1{font-size:1.9rem;line-height:1.2;margin:.6rem 0}\
        h2{font-size:1.05rem;font-family:system-ui,sans-serif;margin-top:2rem}\
        a{color:#0b57d0}\
        .text img{max-width:100%;height:auto}\
        .text pre{overflow-x:auto}\
        .sources li,.stories li{margin:.4rem 0}\
        .stories{list-style:none;padding:0}\
        footer{margin-top:3rem;border-top:1px solid #ddd;padding-top:.5rem}
        """
}
