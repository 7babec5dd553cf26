@testable import Aggregator
import Testing

@Suite("Configuration")
struct ConfigurationTests {
    private func parse(_ text: String, environment: [String: String] = [:]) throws(ConfigurationError) -> Configuration {
        try Configuration.parse(text, file: "/etc/aggregator/aggregator.toml", displayName: "aggregator.toml", environment: environment)
    }

    @Test func everyKeyHasADefaultAndPathsFollowTheFile() throws {
        let configuration = try parse("")
        #expect(configuration.paths.feeds == "/etc/aggregator/feeds.opml")
        #expect(configuration.paths.seeds == "/etc/seeds")
        #expect(configuration.paths.output == "/etc/public")
        #expect(configuration.fetch.timeoutSeconds == 20)
        #expect(configuration.fetch.maxBodyBytes == 15 * 1_048_576)
        #expect(configuration.output.maxEntries == 100)
        #expect(configuration.dedup.emitKnown == false)
    }

    @Test func theEnvironmentOverridesTheFile() throws {
        let configuration = try parse(
            "[fetch]\ntimeout = 30\n[paths]\nstate = \"/var/lib/x\"\n",
            environment: ["AGGREGATOR_FETCH_TIMEOUT": "45", "AGGREGATOR_DEDUP_EMIT_KNOWN": "true"]
        )
        #expect(configuration.fetch.timeoutSeconds == 45)
        #expect(configuration.dedup.emitKnown)
        #expect(configuration.paths.state == "/var/lib/x")
    }

    @Test func aWrongTypeNamesTheLineAndKey() {
        #expect {
            try parse("# comment\n[fetch]\n\ntimeout = \"soon\"\n")
        } throws: { error in
            (error as? ConfigurationError)?.description == "aggregator.toml:4: [fetch] timeout: must be a whole number"
        }
    }

    @Test func anUnknownKeyIsATypoNotAQuietDefault() {
        #expect {
            try parse("[fetch]\ntimout = 5\n")
        } throws: { error in
            let description = (error as? ConfigurationError)?.description ?? ""
            return description.hasPrefix("aggregator.toml:2: [fetch] timout: unknown key")
        }
    }

    @Test func anOutOfRangeValueIsRefused() {
        #expect {
            try parse("[fetch]\nconcurrency = 0\n")
        } throws: { error in
            (error as? ConfigurationError)?.description == "aggregator.toml:2: [fetch] concurrency: must be between 1 and 256, not 0"
        }
    }

    @Test func aSoakAgainstOnesOwnServerMayPollEverySecond() throws {
        let configuration = try parse("[fetch]\ninterval = 2\nmin_interval = 1\nmax_interval = 3\n")
        #expect(configuration.fetch.intervalSeconds == 2)
        #expect(configuration.fetch.minIntervalSeconds == 1)
        #expect(configuration.fetch.maxIntervalSeconds == 3)
        #expect {
            try parse("[fetch]\nmin_interval = 0\n")
        } throws: { error in
            (error as? ConfigurationError)?.description == "aggregator.toml:2: [fetch] min_interval: must be between 1 and 2592000, not 0"
        }
    }

    @Test func brokenTOMLNamesTheLine() {
        #expect {
            try parse("[paths]\nfeeds = \"unterminated\n")
        } throws: { error in
            (error as? ConfigurationError)?.line == 2
        }
    }

    @Test func aBadEnvironmentValueNamesTheVariable() {
        #expect {
            try parse("", environment: ["AGGREGATOR_FETCH_CONCURRENCY": "many"])
        } throws: { error in
            (error as? ConfigurationError)?.description == "environment: AGGREGATOR_FETCH_CONCURRENCY: must be a whole number, not \"many\""
        }
    }
}
