@testable import Aggregator
import FeedParsing
import FeedTestServer
import Foundation
import Store
import SystemInterface
import Testing

/// `aggregator run`, the built binary, under a test that plays systemd: it
/// owns the notify socket, sends the signals and reads the exit status.
@Suite(
    "Daemon under systemd", .serialized,
    .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"),
    .enabled(if: DaemonProcess.isAvailable, "the aggregator binary is not built next to the test bundle")
)
struct DaemonSystemdTests {
    static let wait = Duration.seconds(20)

    @Test func notifiesReadyStatusWatchdogReloadingAndStopping() async throws {
        let test = try TestWorkspace()
        _ = try test.load(feeds: [("Test Wire", "/wire.xml"), ("Test Ledger", "/ledger.atom")])
        let listener = try DaemonNotifyListener(abstract: true)
        let daemon = try DaemonProcess(
            ["run", "--config", test.configFile.path],
            environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "400000"], folder: test.folder
        )

        let startup = try #require(await listener.messages(until: "READY=1", timeout: Self.wait), "\(daemon.standardError)")
        #expect(startup.count == 1, "READY=1 comes first: \(startup)")
        let cycled = try #require(await listener.messages(until: { $0.contains("stories published") }, timeout: Self.wait))
        let status = try #require(cycled.last?.first { $0.hasPrefix("STATUS=") })
        #expect(status.hasPrefix("STATUS=2 feeds, 2 stories published; next poll "), "\(status)")
        #expect(await listener.messages(until: "WATCHDOG=1", timeout: Self.wait) != nil)

        daemon.send(SIGHUP)
        let reloading = try #require(await listener.messages(until: "RELOADING=1", timeout: Self.wait)?.last)
        let stamp = try #require(reloading.first { $0.hasPrefix("MONOTONIC_USEC=") }.flatMap { UInt64($0.dropFirst("MONOTONIC_USEC=".count)) })
        #expect(stamp > 0 && stamp <= MonotonicClock.microseconds, "MONOTONIC_USEC is read on CLOCK_MONOTONIC")
        let reloaded = try #require(await listener.messages(until: "READY=1", timeout: Self.wait)?.last)
        #expect(reloaded.contains("STATUS=configuration reloaded; polling the due feeds"))

        try "[fetch]\ninterval = 5\n".write(to: test.configFile, atomically: true, encoding: .utf8)
        daemon.send(SIGHUP)
        #expect(await listener.messages(until: "RELOADING=1", timeout: Self.wait) != nil)
        let refused = try #require(await listener.messages(until: "READY=1", timeout: Self.wait)?.last)
        #expect(refused.contains { $0.hasPrefix("STATUS=reload refused") }, "\(refused)")
        #expect(daemon.standardError.contains("configuration reload refused; the running configuration stays"))
        #expect(daemon.standardError.contains("[fetch] interval"), "the refusal names the key: \(daemon.standardError)")
        #expect(await listener.messages(until: "WATCHDOG=1", timeout: Self.wait) != nil, "the old configuration keeps running")

        daemon.send(SIGTERM)
        #expect(await listener.messages(until: "STOPPING=1", timeout: .seconds(5)) != nil)
        #expect(await daemon.exitStatus(within: .seconds(5)) == 0, "\(daemon.standardError)")
    }

    @Test func stopsWithinFiveSecondsMidTransferAndLeavesTheFeedDue() async throws {
        let test = try TestWorkspace()
        let workspace = try test.load(
            feeds: [("Test Wire", "/wire.xml"), ("Stuck", "/misbehave/stall?seconds=60")],
            extraSettings: "[fetch]\ntimeout = 120\nlow_speed_time = 120"
        )
        let listener = try DaemonNotifyListener()
        let daemon = try DaemonProcess(["run", "--config", test.configFile.path], environment: ["NOTIFY_SOCKET": listener.path], folder: test.folder)
        #expect(await listener.messages(until: "READY=1", timeout: Self.wait) != nil, "\(daemon.standardError)")
        #expect(try await test.server.waitForRequests(containing: "stall"))

        let stopping = ContinuousClock.now
        daemon.send(SIGTERM)
        #expect(await daemon.exitStatus(within: .seconds(5)) == 0, "\(daemon.standardError)")
        #expect(ContinuousClock.now - stopping < .seconds(5))

        let stuck = try #require(try workspace.openStore().feeds().first { $0.title == "Stuck" })
        #expect(stuck.lastError == nil, "an abandoned transfer is not the feed's failure")
        #expect(stuck.isDue(at: .now), "the feed is polled again at the next start")
        let leftovers = FileManager.default.enumerator(atPath: test.output.path)?.compactMap { $0 as? String }
            .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") } ?? []
        #expect(leftovers.isEmpty, "no half-written file: \(leftovers)")
    }

    @Test func oneShotFetchWaitsForTheDaemonsCycleSoNoFeedIsPolledTwiceAtOnce() async throws {
        let test = try TestWorkspace()
        let slow = (1...4).map { ("Slow \($0)", "/misbehave/stall?seconds=1&feed=\($0)") }
        _ = try test.load(feeds: [("Test Wire", "/wire.xml")] + slow)
        let listener = try DaemonNotifyListener()
        let daemon = try DaemonProcess(["run", "--config", test.configFile.path], environment: ["NOTIFY_SOCKET": listener.path], folder: test.folder)
        #expect(await listener.messages(until: "READY=1", timeout: Self.wait) != nil, "\(daemon.standardError)")
        #expect(try await test.server.waitForRequests(containing: "stall"))

        let fetch = try DaemonProcess(["fetch", "--force", "--config", test.configFile.path], folder: test.folder)
        #expect(await fetch.exitStatus(within: .seconds(60)) == 0, "\(fetch.standardError)")
        #expect(fetch.standardError.contains("another aggregator is running a cycle on this state folder; waiting for it"))
        daemon.send(SIGTERM)
        #expect(await daemon.exitStatus(within: .seconds(5)) == 0, "\(daemon.standardError)")

        let requests = try test.server.requests().map(\.path)
        let feeds = ["/wire.xml"] + slow.map(\.1)
        var firsts: [Int] = []
        var seconds: [Int] = []
        for feed in feeds {
            let positions = requests.indices.filter { requests[$0] == feed }
            #expect(positions.count == 2, "\(feed) is polled once by each process: \(requests)")
            firsts.append(positions.first ?? 0)
            seconds.append(positions.last ?? 0)
        }
        #expect(firsts.max()! < seconds.min()!, "the one-shot fetch polls nothing until the daemon's cycle is over: \(requests)")
    }
}

extension TestWorkspace {
    var configFile: URL { folder.appendingPathComponent("aggregator.toml") }
}
