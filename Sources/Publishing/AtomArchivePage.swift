/// Where an RFC 5005 archive document sits among its siblings; paths are relative
/// to the output folder (e.g. `archive/100/3.atom`, as ``ArchiveSeries`` names them).
public struct AtomArchivePage: Sendable, Equatable {
    /// This archive document's own path.
    public var path: String
    /// The next older archive, if any (`prev-archive`).
    public var previousPath: String?
    /// The next newer archive, if any (`next-archive`); the newest has none.
    public var nextPath: String?
    /// The subscription document (`current`).
    public var currentPath: String

    public init(path: String, previousPath: String? = nil, nextPath: String? = nil, currentPath: String = "feed.atom") {
        self.path = path
        self.previousPath = previousPath
        self.nextPath = nextPath
        self.currentPath = currentPath
    }
}
