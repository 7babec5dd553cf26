import FeedTestServer
import FeedFetching
import Testing

@Suite(.enabled(if: TestFeedServer.isAvailable, "python3 is not installed"))
struct ConditionalFetchTests {
    @Test func eitherValidatorOfTheLastResponseGivesA304() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let url = server.url("/feeds/good.xml")
        let first = try #require(await fetcher.outcome(of: url).response)
        #expect(first.status == 200)
        let etag = try #require(first.etag)
        let lastModified = try #require(first.lastModified)

        let both = try #require(await fetcher.outcome(of: url, etag: etag, lastModified: lastModified).response)
        #expect(both.status == 304)
        #expect(both.body.isEmpty)
        #expect(both.etag == etag)
        #expect(await fetcher.outcome(of: url, etag: etag).response?.status == 304)
        #expect(await fetcher.outcome(of: url, lastModified: lastModified).response?.status == 304)
        #expect(await fetcher.outcome(of: url, etag: "\"stale\"").response?.status == 200)
    }

    @Test func aValidatorWithALineBreakIsNotSent() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let url = server.url("/feeds/good.xml")
        let first = try #require(await fetcher.outcome(of: url).response)
        let injected = "\(first.etag ?? "")\r\nX-Injected: yes"
        #expect(await fetcher.outcome(of: url, etag: injected).response?.status == 200)
    }

    @Test func nothingListeningIsAConnectionFailure() async throws {
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        // Port 1 (tcpmux) is privileged and unused on test machines: the connection is refused at once.
        #expect(await fetcher.outcome(of: "http://127.0.0.1:1/feed.xml").errorCode == .connectionFailed)
    }

    @Test func onlyHttpHttpsAndFileURLsAreFetched() async throws {
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let ftp = await fetcher.outcome(of: "ftp://127.0.0.1/feed.xml")
        #expect(ftp.errorCode == .other)
        #expect(await fetcher.outcome(of: "not a url").errorCode == .other)
    }
}
