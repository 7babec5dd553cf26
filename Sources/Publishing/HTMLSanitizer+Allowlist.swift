extension HTMLSanitizer {
    /// Attributes any kept element may carry. No `style` (CSS can overlay our page or
    /// call home), no `id`/`class` (they could collide with our page's own), no `on*`.
    static let globalAttributes: Set<String> = ["title", "lang", "dir"]

    /// Kept elements and the attributes each may carry besides the global ones.
    /// What is not listed is unwrapped: its tag goes, its (sanitised) content stays.
    static let allowedElements: [String: Set<String>] = {
        var table: [String: Set<String>] = [
            "a": ["href", "hreflang", "type"],
            "img": ["src", "alt", "width", "height", "border", "align", "hspace", "vspace"],
            "blockquote": ["cite"], "q": ["cite"],
            "del": ["cite", "datetime"], "ins": ["cite", "datetime"], "time": ["datetime"],
            "ol": ["start", "reversed", "type"], "ul": ["type"], "li": ["value", "type"],
            "table": ["border", "cellpadding", "cellspacing", "summary", "width", "align"],
            "td": ["colspan", "rowspan", "headers", "scope", "abbr", "align", "valign", "width", "height", "nowrap"],
            "th": ["colspan", "rowspan", "headers", "scope", "abbr", "align", "valign", "width", "height", "nowrap"],
            "col": ["span", "width", "align", "valign"], "colgroup": ["span", "width", "align", "valign"],
            "tr": ["align", "valign"], "thead": ["align", "valign"], "tbody": ["align", "valign"],
            "tfoot": ["align", "valign"], "caption": ["align"],
            "hr": ["width", "size", "align", "noshade"],
            "audio": ["src", "controls", "loop", "muted", "preload"],
            "video": ["src", "controls", "loop", "muted", "preload", "poster", "width", "height"],
            "source": ["src", "type"],
            "details": ["open"],
        ]
        let blocks = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "center"]
        for name in blocks { table[name] = ["align"] }
        let plain = [
            "abbr", "acronym", "address", "article", "aside", "b", "bdi", "bdo", "big", "br", "cite", "code",
            "dd", "dfn", "dl", "dt", "em", "figcaption", "figure", "footer", "header", "i", "kbd", "mark",
            "pre", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub",
            "summary", "sup", "tt", "u", "var", "wbr",
        ]
        for name in plain { table[name] = [] }
        return table
    }()

    /// Elements whose content is code, styling or inert markup: dropped whole.
    ///
    /// Embedding elements (`iframe`, `object`, `embed`, `applet`) are not listed: they
    /// are unwrapped like any unknown element, because their children are fallback
    /// content, and libxml2, which knows only HTML 4, hangs the text after an unclosed
    /// `<embed>` beneath it. Unwrapping is safe: the children are sanitised in turn.
    static let droppedElements: Set<String> = ["script", "style", "template", "xml"]

    /// Void elements are written as `<br />`, which reads the same as HTML and as XHTML.
    static let voidElements: Set<String> = ["br", "hr", "img", "col", "source", "wbr"]

    static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    static let tableElements: Set<String> = [
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
    ]

    /// The kept elements whose start tag ends an open paragraph in an HTML5 browser.
    static let paragraphClosingElements = headingElements.union([
        "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "header", "li", "ol", "p", "pre", "section", "summary", "table", "ul",
    ])

    /// The kept elements with an end tag that a browser's search for an open list
    /// item or definition stops at: the HTML standard's "special" ones, but for
    /// paragraphs, divisions and addresses.
    static let itemBoundaryElements = headingElements.union([
        "article", "aside", "blockquote", "caption", "center", "colgroup", "dd", "details", "dl", "dt", "figcaption",
        "figure", "footer", "header", "li", "ol", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    ])

    /// An element written out, with the attributes it may carry (its own and the
    /// global ones, as `AllowedAttribute.bit`s), and what an HTML5 browser's tree
    /// building does with it (see ``SanitizedHTMLWriter``).
    struct KeptElement {
        /// UTF-8, which the writer copies into its output without a `String`'s view.
        let name: [UInt8]
        let attributes: UInt64
        let isVoid: Bool
        let isTablePart: Bool
        let isHeading: Bool
        let closesParagraph: Bool
        let endsItemSearch: Bool
    }

    enum ElementTreatment {
        case keep(KeptElement)
        case drop
    }

    /// An attribute some element may carry. Bits follow the names' alphabetical
    /// order, so attributes sorted by bit are sorted by name.
    struct AllowedAttribute {
        let name: [UInt8]
        let bit: UInt64
    }

    static let allowedAttributes: HTMLNameTable<AllowedAttribute> = {
        let names = Set(allowedElements.values.joined()).union(globalAttributes).sorted()
        precondition(names.count <= 64, "each allowed attribute needs a bit of a UInt64")
        return HTMLNameTable(names.enumerated().map { index, name in
            (HTMLName(name), AllowedAttribute(name: Array(name.utf8), bit: 1 << UInt64(index)))
        })
    }()

    /// The tables above merged into one, so that each element costs one lookup;
    /// an element not listed is unwrapped.
    static let elementTreatments: HTMLNameTable<ElementTreatment> = {
        let kept = allowedElements.map { name, attributes in
            let bits = attributes.union(globalAttributes).reduce(UInt64(0)) { bits, attribute in
                bits | (allowedAttributes[HTMLName(attribute)]?.bit ?? 0)
            }
            let element = KeptElement(
                name: Array(name.utf8), attributes: bits, isVoid: voidElements.contains(name),
                isTablePart: tableElements.contains(name), isHeading: headingElements.contains(name),
                closesParagraph: paragraphClosingElements.contains(name), endsItemSearch: itemBoundaryElements.contains(name)
            )
            return (HTMLName(name), ElementTreatment.keep(element))
        }
        return HTMLNameTable(kept + droppedElements.map { (HTMLName($0), ElementTreatment.drop) })
    }()

    /// What the URL in an attribute may point to, or nil when the attribute holds none.
    static func urlUse(element: HTMLName, attribute: HTMLName) -> SafeURL.Use? {
        switch attribute {
        case .href: .link
        case .src: element == .img ? .image : .media
        case .poster: .media
        case .cite: .citation
        default: nil
        }
    }
}
