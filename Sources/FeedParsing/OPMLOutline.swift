/// One subscription of an OPML file.
public struct OPMLOutline: Sendable, Equatable {
    public var title: String
    public var xmlURL: String
    public var htmlURL: String?
    /// The `text` of the outline this one is nested in, if any.
    public var category: String?
    /// Where the outline stands in the file (1-based; 0 for outlines not read from a file).
    public var line: Int

    public init(title: String, xmlURL: String, htmlURL: String? = nil, category: String? = nil, line: Int = 0) {
        self.title = title
        self.xmlURL = xmlURL
        self.htmlURL = htmlURL
        self.category = category
        self.line = line
    }
}
