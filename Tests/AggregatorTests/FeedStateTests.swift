@testable import Aggregator
import FeedTestServer
import Foundation
import Logging
import Store
import Testing
import Timestamps

/// Misbehaving servers, seen from the cycle: each feed ends in the right
/// state with a clear message, the good feed beside them is unaffected, and
/// a forced second cycle still honours 410 and Retry-After.
@Suite("Feed states after a cycle", .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"))
struct FeedStateTests {
    static let limits = """
        [fetch]
        timeout = 5
        connect_timeout = 2
        low_speed_time = 2
        max_body_bytes = 1048576
        redirect_confirmations = 2
        """

    @Test func everyFailureGetsAStateAndTheGoodFeedIsUnaffected() async throws {
        let test = try TestWorkspace()
        let workspace = try test.load(
            feeds: [
                ("Good", "/wire.xml"),
                ("Gone", "/misbehave/gone"),
                ("Busy", "/misbehave/rate-limited?seconds=7200"),
                ("Down", "/misbehave/unavailable"),
                ("Page", "/misbehave/html"),
                ("Empty", "/misbehave/empty"),
                ("Sneaky", "/misbehave/redirect-file"),
                ("Endless", "/misbehave/endless"),
                ("Trickle", "/misbehave/trickle"),
                ("Moved", "/misbehave/chain/301/2?to=/ledger.atom"),
                ("Visiting", "/misbehave/chain/302/2?to=/ledger.atom"),
            ],
            extraSettings: Self.limits
        )
        let logger = Logger(label: "test.states")
        let first = try await workspace.runCycle(force: false, logger: logger)
        #expect(first.fetched == 3)
        #expect(first.failed == 8)

        let store = try workspace.openStore()
        var feeds = Dictionary(uniqueKeysWithValues: try store.feeds().map { ($0.title, $0) })
        let now = Timestamp.now
        #expect(feeds["Good"]?.lastError == nil)
        #expect(feeds["Gone"]?.isGone == true)
        #expect(FeedStatusList.state(of: feeds["Gone"]!).hasPrefix("gone (HTTP 410)"))
        #expect(feeds["Busy"]?.lastError?.contains("Retry-After: 7200") == true)
        #expect((feeds["Busy"]?.nextCheck?.secondsSince1970 ?? 0) >= now.secondsSince1970 + 7_000)
        #expect(feeds["Down"]?.lastStatus == 503)
        #expect((feeds["Down"]?.nextCheck?.secondsSince1970 ?? 0) >= now.secondsSince1970 + 3_500)
        #expect(feeds["Page"]?.lastError?.contains("RSS, Atom or JSON Feed") == true, "\(feeds["Page"]?.lastError ?? "")")
        #expect(feeds["Empty"]?.lastError != nil)
        #expect(feeds["Sneaky"]?.lastError?.contains("file:") == true, "\(feeds["Sneaky"]?.lastError ?? "")")
        #expect(feeds["Endless"]?.lastError?.contains("larger than 1048576 bytes") == true, "\(feeds["Endless"]?.lastError ?? "")")
        #expect(feeds["Trickle"]?.lastError?.contains("bytes per second") == true, "\(feeds["Trickle"]?.lastError ?? "")")
        #expect(feeds["Moved"]?.url == feeds["Moved"]?.subscribedURL, "one permanent redirect is not enough to move a feed")
        #expect(feeds["Moved"]?.pendingRedirectCount == 1)

        _ = try await workspace.runCycle(force: true, logger: logger)
        feeds = Dictionary(uniqueKeysWithValues: try store.feeds().map { ($0.title, $0) })
        #expect(feeds["Moved"]?.url == test.server.url("/ledger.atom"), "the second permanent redirect in a row moves it")
        #expect(feeds["Visiting"]?.url == feeds["Visiting"]?.subscribedURL, "temporary redirects never move a feed")

        let requests = try test.server.requests()
        #expect(requests.filter { $0.path == "/misbehave/gone" }.count == 1, "a gone feed is not polled again, even forced")
        #expect(requests.filter { $0.path.hasPrefix("/misbehave/rate-limited") }.count == 1, "Retry-After holds even forced")
        #expect(requests.filter { $0.path.hasPrefix("/misbehave/unavailable") }.count == 1)
        #expect(requests.filter { $0.path == "/wire.xml" }.count == 2)
    }
}
