extension FeedIdentity {
    /// The absolute URL of a file in the output folder, when a public base URL is known.
    public func publicURL(of relativePath: String) -> String? {
        guard let base = publicBaseURL.map(URIText.cleaned), !base.isEmpty else { return nil }
        return base.hasSuffix("/") ? base + relativePath : base + "/" + relativePath
    }

    /// A link from the document at `documentPath` to another file, both given relative
    /// to the output folder: absolute when the base URL is known, else relative to the
    /// linking document's folder (`../../feed.atom` from `archive/100/3.atom`).
    func link(to relativePath: String, from documentPath: String) -> String {
        let depth = documentPath.split(separator: "/", omittingEmptySubsequences: true).count - 1
        return publicURL(of: relativePath) ?? String(repeating: "../", count: max(0, depth)) + relativePath
    }

    /// The story's permanent id, the same in the Atom and the JSON feed: the feed id
    /// extended by the percent-encoded story id, so it never changes while both stay.
    public func entryID(for storyID: String) -> String {
        let feedID = URIText.cleaned(id)
        let separator = feedID.hasSuffix("/") || feedID.hasSuffix(":") ? "" : "/"
        return feedID + separator + URIText.percentEncodingAllButUnreserved(storyID)
    }
}
