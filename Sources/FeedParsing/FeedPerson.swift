/// An author as the feed names them; RSS gives `email (Name)`, Atom gives parts.
public struct FeedPerson: Sendable, Equatable {
    public var name: String?
    public var email: String?
    public var uri: String?

    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// The one string to show: the name, else the address.
    public var displayName: String? { name ?? email ?? uri }
}
