import FeedTestServer
import FeedFetching
import Foundation
import Testing

/// Each misbehaving endpoint fetched in one batch with a good feed from the same server: the
/// batch ends within the limits, the bad fetch gets the right error or status, the good one
/// is untouched.
@Suite(.enabled(if: TestFeedServer.isAvailable, "python3 is not installed"))
struct MisbehavingServerTests {
    enum Expected: Sendable {
        case failure(FetchError.Code)
        case status(Int)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let path: String
        let expected: Expected
        var testDescription: String { path }
    }

    static let cases: [Case] = [
        Case(path: "/misbehave/endless", expected: .failure(.bodyTooLarge)),
        Case(path: "/misbehave/stall", expected: .failure(.tooSlow)),
        Case(path: "/misbehave/trickle", expected: .failure(.tooSlow)),
        Case(path: "/misbehave/steady?rate=2000", expected: .failure(.timedOut)),
        Case(path: "/misbehave/gzip-bomb", expected: .failure(.bodyTooLarge)),
        Case(path: "/misbehave/redirect-file", expected: .failure(.redirectRefused)),
        Case(path: "/misbehave/redirect-loop", expected: .failure(.tooManyRedirects)),
        Case(path: "/misbehave/chain/301/3", expected: .status(200)),
        Case(path: "/misbehave/chain/302/3", expected: .status(200)),
        Case(path: "/misbehave/gone", expected: .status(410)),
        Case(path: "/misbehave/rate-limited", expected: .status(429)),
        Case(path: "/misbehave/rate-limited-date", expected: .status(429)),
        Case(path: "/misbehave/unavailable", expected: .status(503)),
        Case(path: "/misbehave/html", expected: .status(200)),
        Case(path: "/misbehave/empty", expected: .status(200)),
        Case(path: "/misbehave/wrong-charset", expected: .status(200)),
    ]

    @Test(arguments: cases)
    func misbehavingEndpointBesideAGoodFeed(_ testCase: Case) async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let good = try Data(contentsOf: TestFeedServer.fixtures.appendingPathComponent("feeds/good.xml"))

        let started = ContinuousClock.now
        async let badFetch = fetcher.outcome(of: server.url(testCase.path))
        async let goodFetch = fetcher.outcome(of: server.url("/feeds/good.xml"))
        let bad = await badFetch
        let goodResult = await goodFetch
        let elapsed = ContinuousClock.now - started

        // Every endpoint is endless, slow or finite: ending within twice the total
        // limit shows the limit cut it, with room for a loaded machine's delays
        // (a 2 s margin failed at 7.7 s while a soak ran beside the tests).
        #expect(elapsed < .seconds(2 * FetcherConfiguration.forTests.totalTimeoutSeconds))
        switch testCase.expected {
        case .failure(let code):
            #expect(bad.errorCode == code, "\(bad)")
        case .status(let status):
            #expect(bad.response?.status == status, "\(bad)")
        }
        #expect(goodResult.response?.status == 200)
        #expect(goodResult.response?.body == Array(good))
    }

    @Test func gzipBombKeepsMemoryBounded() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let before = peakResidentBytes()
        let result = await fetcher.outcome(of: server.url("/misbehave/gzip-bomb"))
        #expect(result.errorCode == .bodyTooLarge)
        // The bomb decodes to 256 MiB; the cap is 1 MiB. Other tests run alongside, hence the margin.
        #expect(peakResidentBytes() - before < 128 * 1024 * 1024)
    }

    @Test func redirectChainsReportEveryHopAndTheFinalValidators() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let direct = try #require(await fetcher.outcome(of: server.url("/feeds/good.xml")).response)
        let redirected = try #require(await fetcher.outcome(of: server.url("/misbehave/chain/301/2?to=/feeds/good.xml")).response)
        #expect(redirected.redirects == [
            Redirect(status: 301, location: server.url("/misbehave/chain/301/1?to=/feeds/good.xml")),
            Redirect(status: 301, location: server.url("/feeds/good.xml")),
        ])
        #expect(redirected.finalURL == server.url("/feeds/good.xml"))
        #expect(redirected.etag == direct.etag && redirected.etag != nil)
        #expect(redirected.lastModified == direct.lastModified)
        #expect(redirected.contentType == "application/xml")

        let temporary = try #require(await fetcher.outcome(of: server.url("/misbehave/chain/307/1")).response)
        #expect(temporary.redirects.map(\.status) == [307])
    }

    @Test func refusedRedirectNamesItsTarget() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let result = await fetcher.outcome(of: server.url("/misbehave/redirect-file"))
        guard case .failure(let error) = result else {
            Issue.record("a redirect to file:///etc/passwd was followed: \(result)")
            return
        }
        #expect(error.code == .redirectRefused)
        #expect(error.message.contains("file:///etc/passwd"))
        #expect(error.url == server.url("/misbehave/redirect-file"))
    }

    @Test func redirectLimitIsConfigurable() async throws {
        let server = try #require(TestFeedServer.shared)
        var configuration = FetcherConfiguration.forTests
        configuration.maxRedirects = 2
        let fetcher = try FeedFetcher.forTests(configuration)
        defer { fetcher.shutdown() }
        #expect(await fetcher.outcome(of: server.url("/misbehave/chain/301/2")).response?.status == 200)
        #expect(await fetcher.outcome(of: server.url("/misbehave/chain/301/3")).errorCode == .tooManyRedirects)
    }

    @Test func retryAfterComesBackInBothForms() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let seconds = try #require(await fetcher.outcome(of: server.url("/misbehave/rate-limited?seconds=90")).response)
        #expect(seconds.retryAfter == "90")
        let date = try #require(await fetcher.outcome(of: server.url("/misbehave/unavailable")).response)
        #expect(date.retryAfter?.hasSuffix(" GMT") == true)
    }

    @Test func bodiesAndHeadersComeBackAsSent() async throws {
        let server = try #require(TestFeedServer.shared)
        let fetcher = try FeedFetcher.forTests()
        defer { fetcher.shutdown() }
        let html = try #require(await fetcher.outcome(of: server.url("/misbehave/html")).response)
        #expect(html.contentType == "text/html; charset=utf-8")
        #expect(String(decoding: html.body, as: UTF8.self).contains("<html>"))
        let empty = try #require(await fetcher.outcome(of: server.url("/misbehave/empty")).response)
        #expect(empty.body.isEmpty)
        let wrongCharset = try #require(await fetcher.outcome(of: server.url("/misbehave/wrong-charset")).response)
        #expect(wrongCharset.contentType == "application/rss+xml; charset=iso-8859-1")
        #expect(String(decoding: wrongCharset.body, as: UTF8.self).contains("Café crème"))
    }
}

private func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}
