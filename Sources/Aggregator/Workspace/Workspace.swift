public import Store
public import StoryEngine

/// What every command starts from: the configuration with its subscriptions
/// and seeds, all read and checked, so a mistake in any of them is reported
/// before anything is fetched or written.
public struct Workspace: Sendable {
    public var configuration: Configuration
    public var subscriptions: SubscriptionList
    public var seeds: [SeedArticle]

    public static func load(configPath: String, environment: [String: String]) throws(ConfigurationError) -> Workspace {
        let configuration = try Configuration.load(from: configPath, environment: environment)
        return Workspace(
            configuration: configuration,
            subscriptions: try SubscriptionList.load(from: configuration.paths.feeds),
            seeds: try SeedLibrary.load(from: configuration.paths.seeds)
        )
    }

    public func openStore() throws(StoreError) -> FeedStore {
        try FeedStore(directory: configuration.paths.state)
    }
}
