import FeedTestServer
import FeedFetching
import Testing

@Suite(.enabled(if: TestFeedServer.isAvailable, "python3 is not installed"))
struct ConcurrencyLimitTests {
    @Test func manyConcurrentFetchesAllComplete() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let statuses = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<200 {
                group.addTask {
                    let result = await fetcher.outcome(of: server.url("/feeds/good.xml"))
                    return result.response?.status ?? 0
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 200))
    }

    /// Three responses that each take 0.4 s: with one connection per host they cannot
    /// overlap, so the batch cannot take less than 1.2 s; a broken limit would take 0.4 s.
    @Test func oneConnectionPerHostRunsTransfersOneAfterAnother() async throws {
        let server = try #require(TestFeedServer.shared)
        var configuration = FetcherConfiguration.forTests
        configuration.maxConnectionsPerHost = 1
        let fetcher = try FeedFetcher.forTests(configuration)
        defer { fetcher.shutdown() }
        let started = ContinuousClock.now
        let statuses = await withTaskGroup(of: Int.self) { group in
            for index in 0..<3 {
                group.addTask {
                    let result = await fetcher.outcome(of: server.url("/misbehave/stall?seconds=0.4&serial=\(index)"))
                    return result.response?.status ?? 0
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(ContinuousClock.now - started >= .milliseconds(1_200))
        #expect(statuses == [200, 200, 200])
    }
}
