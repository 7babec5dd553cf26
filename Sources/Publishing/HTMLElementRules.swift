/// What libxml2 2.9's HTML parser (HTMLparser.c) does to the open elements when
/// a tag arrives, restated as data so that the sanitiser's parser builds the
/// same tree: the start tags that close an open element (`htmlStartClose`), the
/// end tags that may close the elements above their own (`htmlEndPriority`),
/// and the elements that never hold content.
///
/// Elements are numbered once, when a tag is read, so that the stack of open
/// elements answers each of these questions with an array index.
struct HTMLElementRules: Sendable {
    static let shared = HTMLElementRules()

    /// The rules for an element no table names: it closes nothing, is closed by
    /// no start tag, holds content and has the default end priority.
    static let none = -1

    private let numbers: HTMLNameTable<Int>
    private let count: Int
    /// `closes[new * count + old]`: whether a start tag `new` ends an open `old`.
    private let closes: [Bool]
    private let priorities: [Int]
    private let empty: [Bool]

    /// libxml2's `htmlStartClose`: each start tag, and the open elements it ends,
    /// as 2.9.14 applies the table (probed pair by pair): a <noscript> ends a
    /// script but not a paragraph.
    private static let startClose: [(tag: String, closes: String)] = [
        ("form", "form p hr h1 h2 h3 h4 h5 h6 dl ul ol menu dir address pre listing xmp head"),
        ("head", "p"),
        ("title", "p"),
        ("body", "head style link title p"),
        ("frameset", "head style link title p"),
        ("li", "p h1 h2 h3 h4 h5 h6 dl address pre listing xmp head li"),
        ("hr", "p head"),
        ("h1", "p head"), ("h2", "p head"), ("h3", "p head"), ("h4", "p head"), ("h5", "p head"), ("h6", "p head"),
        ("dir", "p head"),
        ("address", "p head ul"),
        ("pre", "p head ul"),
        ("listing", "p head"),
        ("xmp", "p head"),
        ("blockquote", "p head"),
        ("dl", "p dt menu dir address pre listing xmp head"),
        ("dt", "p menu dir address pre listing xmp head dd"),
        ("dd", "p menu dir address pre listing xmp head dt"),
        ("ul", "p head ol menu dir address pre listing xmp"),
        ("ol", "p head ul"),
        ("menu", "p head ul"),
        ("p", "p head h1 h2 h3 h4 h5 h6 tt i b u s strike big small"),
        ("div", "p head"),
        ("noscript", "script"),
        ("center", "font b i p head"),
        ("a", "a head"),
        ("caption", "p"),
        ("colgroup", "caption colgroup col p"),
        ("col", "caption col p"),
        ("table", "p head h1 h2 h3 h4 h5 h6 pre listing xmp a"),
        ("th", "th td p span font a b i u"),
        ("td", "th td p span font a b i u"),
        ("tr", "th td tr caption col colgroup p"),
        ("thead", "caption col colgroup"),
        ("tfoot", "th td tr caption col colgroup thead tbody p"),
        ("tbody", "th td tr caption col colgroup thead tfoot tbody p"),
        ("optgroup", "option"),
        ("option", "option"),
        ("fieldset", "legend p head h1 h2 h3 h4 h5 h6 pre listing xmp a"),
        // Most inline elements end a <head>.
        ("tt", "head"), ("i", "head"), ("b", "head"), ("u", "head"), ("s", "head"), ("strike", "head"),
        ("big", "head"), ("small", "head"), ("em", "head"), ("strong", "head"), ("dfn", "head"), ("code", "head"),
        ("samp", "head"), ("kbd", "head"), ("var", "head"), ("cite", "head"), ("abbr", "head"), ("acronym", "head"),
        ("img", "head"), ("font", "head"), ("br", "head"), ("map", "head"), ("q", "head"), ("sub", "head"),
        ("sup", "head"), ("span", "head"), ("bdo", "head"), ("iframe", "head"),
    ]

    /// libxml2's `htmlEndPriority`: an end tag closes the elements above its own
    /// only when none of them has a higher priority than it; 100 for the others.
    private static let endPriorities: [String: Int] = [
        "div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180, "tfoot": 180, "table": 190,
        "head": 200, "body": 200, "html": 220,
    ]
    private static let defaultEndPriority = 100

    /// The elements HTML 4 declares EMPTY, ended by their start tag.
    private static let emptyElements = "area base basefont br col frame hr img input isindex link meta param"

    private init() {
        let pairs = Self.startClose.flatMap { tag, closes in
            closes.split(separator: " ").map { (open: String($0), new: tag) }
        }
        var names: [String] = []
        func number(_ name: String) -> Int {
            if let index = names.firstIndex(of: name) { return index }
            names.append(name)
            return names.count - 1
        }
        let numberedPairs = pairs.map { (open: number($0.open), new: number($0.new)) }
        let numberedPriorities = Self.endPriorities.map { (number($0.key), $0.value) }
        let numberedEmpty = Self.emptyElements.split(separator: " ").map { number(String($0)) }
        count = names.count
        var closes = Array(repeating: false, count: count * count)
        for pair in numberedPairs { closes[pair.new * count + pair.open] = true }
        var priorities = Array(repeating: Self.defaultEndPriority, count: count)
        for (index, priority) in numberedPriorities { priorities[index] = priority }
        var empty = Array(repeating: false, count: count)
        for index in numberedEmpty { empty[index] = true }
        self.closes = closes
        self.priorities = priorities
        self.empty = empty
        numbers = HTMLNameTable(names.enumerated().map { (HTMLName($1), $0) })
    }

    /// The number the rules know `name` by, or `none`.
    func number(of name: HTMLName) -> Int {
        numbers[name] ?? Self.none
    }

    /// Whether a start tag numbered `new` ends an open element numbered `open`.
    func startTag(_ new: Int, closes open: Int) -> Bool {
        new != Self.none && open != Self.none && closes[new * count + open]
    }

    func endPriority(_ element: Int) -> Int {
        element == Self.none ? Self.defaultEndPriority : priorities[element]
    }

    func isEmpty(_ element: Int) -> Bool {
        element != Self.none && empty[element]
    }
}
