/// One hop of a followed redirect chain, so the caller can tell permanent moves (301, 308)
/// from temporary ones (302, 303, 307) and move a subscription only after repeated 301/308s.
public struct Redirect: Sendable, Equatable {
    public var status: Int
    /// The absolute URL the hop pointed to (a relative `Location` is resolved).
    public var location: String

    public init(status: Int, location: String) {
        self.status = status
        self.location = location
    }
}
