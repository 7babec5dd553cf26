extension SourceReport {
    /// The report's body as HTML safe to embed: sanitised when the feed sent HTML,
    /// escaped when it sent text. Relative links resolve against the article's URL.
    public func sanitizedBodyHTML(using sanitizer: HTMLSanitizer) -> String {
        guard let body, !body.allSatisfy(\.isWhitespace) else { return "" }
        guard bodyIsHTML else { return HTMLSanitizer.escapePlainText(body) }
        return sanitizer.sanitize(body, baseURL: url ?? outletURL).trimmingWhitespace()
    }
}
