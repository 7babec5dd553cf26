extension FeedIdentity {
    /// The absolute URL of a file in the output folder, when a public base URL is known.
    public func publicURL(of relativePath: String) -> String? {
        guard let base = publicBaseURL.map(URIText.cleaned), !base.isEmpty else { return nil }
        return base.hasSuffix("/") ? base + relativePath : base + "/" + relativePath
    }

    /// A link to a file in the output folder: absolute when the base URL is known,
    /// else relative to the output folder (where the feeds themselves live).
    func link(to relativePath: String) -> String {
        publicURL(of: relativePath) ?? relativePath
    }

    /// The story's permanent id, the same in the Atom and the JSON feed: the feed id
    /// extended by the percent-encoded story id, so it never changes while both stay.
    public func entryID(for storyID: String) -> String {
        let feedID = URIText.cleaned(id)
        let separator = feedID.hasSuffix("/") || feedID.hasSuffix(":") ? "" : "/"
        return feedID + separator + URIText.percentEncodingAllButUnreserved(storyID)
    }
}
