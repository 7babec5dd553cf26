/// Feed-level metadata shared by every output.
public struct FeedIdentity: Sendable {
    public var title: String
    /// The feed's permanent IRI (e.g. `tag:example.org,2024:aggregator`); entry ids extend it.
    public var id: String
    /// Where the output folder is served (e.g. `https://news.example.org/`): needed for
    /// `rel="self"` and for absolute links to article pages; without it those are omitted
    /// or relative.
    public var publicBaseURL: String?
    public var generatorName: String
    public var generatorVersion: String
    public var generatorURI: String

    public init(
        title: String,
        id: String,
        publicBaseURL: String? = nil,
        generatorName: String,
        generatorVersion: String,
        generatorURI: String
    ) {
        self.title = title
        self.id = id
        self.publicBaseURL = publicBaseURL
        self.generatorName = generatorName
        self.generatorVersion = generatorVersion
        self.generatorURI = generatorURI
    }
}
