/// A feed the user subscribed to, as the subscriptions file names it.
public struct Subscription: Sendable, Equatable {
    /// Absolute URL (http, https or file).
    public var url: String
    public var title: String
    public var siteLink: String?
    public var category: String?

    public init(url: String, title: String, siteLink: String? = nil, category: String? = nil) {
        self.url = url
        self.title = title
        self.siteLink = siteLink
        self.category = category
    }
}
