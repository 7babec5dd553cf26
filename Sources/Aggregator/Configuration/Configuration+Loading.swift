public import Foundation

extension Configuration {
    /// `--config`, else `$AGGREGATOR_CONFIG`, else `Config/aggregator.toml`.
    public static func resolvePath(_ option: String?, environment: [String: String]) -> String {
        option ?? environment["AGGREGATOR_CONFIG"] ?? "Config/aggregator.toml"
    }

    /// Reads and validates the configuration file; relative paths in it are
    /// taken from the file's own folder, so the bundled config works from
    /// wherever it is run.
    public static func load(
        from path: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigurationError) -> Configuration {
        let absolute = absolutePath(path, relativeTo: FileManager.default.currentDirectoryPath)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw ConfigurationError(file: path, message: "cannot read the configuration file (does it exist?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: path, message: "the configuration file is not UTF-8 text")
        }
        return try parse(text, file: absolute, displayName: path, environment: environment)
    }

    static func parse(
        _ text: String, file: String, displayName: String, environment: [String: String]
    ) throws(ConfigurationError) -> Configuration {
        let reader = try SettingsReader(file: displayName, text: text, environment: environment)
        let folder = (file as NSString).deletingLastPathComponent
        func path(_ key: String, _ fallback: String) throws(ConfigurationError) -> String {
            let value = try reader.string("paths", key, default: fallback)
            guard !value.isEmpty else {
                throw ConfigurationError(file: displayName, key: "[paths] \(key)", message: "must not be empty")
            }
            return absolutePath(value, relativeTo: folder)
        }
        let day = 86_400
        let configuration = Configuration(
            paths: Paths(
                configFile: file,
                feeds: try path("feeds", "feeds.opml"),
                seeds: try path("seeds", "../seeds"),
                state: try path("state", "../state"),
                output: try path("output", "../public")
            ),
            fetch: Fetch(
                timeoutSeconds: try reader.int("fetch", "timeout", default: 20, in: 1...600),
                connectTimeoutSeconds: try reader.int("fetch", "connect_timeout", default: 10, in: 1...600),
                lowSpeedBytesPerSecond: try reader.int("fetch", "low_speed_limit", default: 100, in: 0...1_000_000),
                lowSpeedWindowSeconds: try reader.int("fetch", "low_speed_time", default: 10, in: 1...600),
                maxRedirects: try reader.int("fetch", "max_redirects", default: 10, in: 0...50),
                maxBodyBytes: try reader.int("fetch", "max_body_bytes", default: 15 * 1_048_576, in: 1_024...1_073_741_824),
                concurrency: try reader.int("fetch", "concurrency", default: 16, in: 1...256),
                perHost: try reader.int("fetch", "per_host", default: 2, in: 1...64),
                userAgent: try reader.string(
                    "fetch", "user_agent",
                    default: "aggregator/\(AggregatorVersion.current) (+https://github.com/aggregator/aggregator)"
                ),
                // Down to one second, so a test or soak against one's own server can poll every few seconds.
                intervalSeconds: try reader.int("fetch", "interval", default: 3_600, in: 1...(30 * day)),
                minIntervalSeconds: try reader.int("fetch", "min_interval", default: 900, in: 1...(30 * day)),
                maxIntervalSeconds: try reader.int("fetch", "max_interval", default: day, in: 1...(30 * day)),
                unconditionalRefreshSeconds: try reader.int("fetch", "unconditional_refresh", default: 7 * day, in: 3_600...(365 * day)),
                redirectConfirmations: try reader.int("fetch", "redirect_confirmations", default: 3, in: 1...100)
            ),
            dedup: Dedup(
                emitKnown: try reader.bool("dedup", "emit_known", default: false),
                storyMaxAgeDays: try reader.int("dedup", "story_max_age_days", default: 30, in: 1...3_650)
            ),
            output: Output(
                title: try reader.string("output", "title", default: "aggregator: today's stories"),
                baseURL: try reader.string("output", "base_url", default: ""),
                maxEntries: try reader.int("output", "max_entries", default: 100, in: 1...10_000)
            ),
            serve: Serve(listen: try reader.string("serve", "listen", default: "")),
            logLevel: try reader.string("log", "level", default: "info")
        )
        try reader.rejectUnknownKeys()
        let fetch = configuration.fetch
        guard fetch.minIntervalSeconds <= fetch.intervalSeconds, fetch.intervalSeconds <= fetch.maxIntervalSeconds else {
            throw ConfigurationError(
                file: displayName, key: "[fetch] interval",
                message: "must lie between min_interval (\(fetch.minIntervalSeconds)) and max_interval (\(fetch.maxIntervalSeconds))"
            )
        }
        guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(configuration.logLevel) else {
            throw ConfigurationError(
                file: displayName, key: "[log] level",
                message: "must be one of trace, debug, info, notice, warning, error, critical"
            )
        }
        return configuration
    }

    static func absolutePath(_ path: String, relativeTo folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        return (joined as NSString).standardizingPath
    }
}
