@testable import Aggregator
import FeedParsing
import FeedTestServer
import Foundation
import Store
import Testing
import Timestamps

/// SIGKILL at random moments of the daemon's cycles, round after round, each
/// round bringing new feeds whose outlets report the same events; then one
/// undisturbed run, after which every served item is stored exactly once,
/// every event is one story, and every output file is whole.
@Suite(
    "Daemon killed mid-cycle", .serialized,
    .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the local feed server needs it"),
    .enabled(if: DaemonProcess.isAvailable, "the aggregator binary is not built next to the test bundle")
)
struct DaemonCrashTests {
    static let rounds = 20
    static let outletsPerRound = 3
    static let eventsPerFeed = 5
    static let wait = Duration.seconds(20)

    @Test func killedAtRandomMomentsLosesAndDuplicatesNothing() async throws {
        let test = try TestWorkspace()
        var feeds: [(title: String, path: String)] = []
        var cycleLength = Duration.zero
        var killedMidCycle = 0
        for round in 0...Self.rounds {
            feeds += try (0..<Self.outletsPerRound).map { outlet in try Self.writeFeed(round: round, outlet: outlet, into: test) }
            _ = try test.load(feeds: feeds)
            let listener = try DaemonNotifyListener()
            let daemon = try DaemonProcess(["run", "--config", test.configFile.path], environment: ["NOTIFY_SOCKET": listener.path], folder: test.folder)
            try #require(await listener.messages(until: "READY=1", timeout: Self.wait) != nil, "\(daemon.standardError)")
            // Every round's moment counts from the cycle's first request for the
            // round's feeds: counting from READY missed every cycle when later
            // cycles ran much faster than round 0.
            let roundPath = try #require(feeds.last?.path)
            try #require(try await test.server.waitForRequests(containing: roundPath))
            let started = ContinuousClock.now
            if round == 0 {
                // The first round runs whole, to learn how long a cycle takes here.
                try #require(await listener.messages(until: { $0.contains("stories published") }, timeout: Self.wait) != nil)
                cycleLength = ContinuousClock.now - started
                daemon.send(SIGTERM)
                #expect(await daemon.exitStatus(within: .seconds(5)) == 0)
                continue
            }
            // The moment is the test's subject, so it is chosen at random.
            try await Task.sleep(for: cycleLength * Double.random(in: 0...0.5))
            daemon.send(SIGKILL)
            #expect(await daemon.exitStatus(within: Self.wait) == SIGKILL)
            var finished = false
            while let message = await listener.next(timeout: .zero) {
                finished = finished || message.contains { $0.contains("stories published") }
            }
            if finished {
                // A load spike during round 0 makes its cycle look long and every
                // later moment fall after the cycle's end; a kill that came too
                // late narrows the span the next one is drawn from.
                cycleLength = cycleLength / 2
            } else {
                killedMidCycle += 1
            }
        }
        #expect(killedMidCycle > 0, "some kills must land inside a cycle")

        let listener = try DaemonNotifyListener()
        let daemon = try DaemonProcess(["run", "--config", test.configFile.path], environment: ["NOTIFY_SOCKET": listener.path], folder: test.folder)
        try #require(await listener.messages(until: { $0.contains("stories published") }, timeout: Self.wait) != nil, "\(daemon.standardError)")
        daemon.send(SIGTERM)
        #expect(await daemon.exitStatus(within: .seconds(5)) == 0)

        let workspace = try test.load(feeds: feeds)
        try Self.checkStore(of: workspace)
        try Self.checkOutput(in: test.output)
        #expect(try Self.integrityCheck(of: workspace.configuration.paths.state + "/state.sqlite") == "ok")
    }

    /// Every served item stored once, and every event (one link, reported by
    /// every outlet of its round) in exactly one story.
    static func checkStore(of workspace: Workspace) throws {
        let store = try workspace.openStore()
        let items = try store.items()
        let expectedKeys = Set((0...rounds).flatMap { round in
            (0..<outletsPerRound).flatMap { outlet in (0..<eventsPerFeed).map { "urn:test:\(round):\(outlet):\($0)" } }
        })
        let storedKeys = items.map(\.key).filter { $0.hasPrefix("urn:test:") }
        #expect(storedKeys.count == Set(storedKeys).count, "an item is stored twice")
        #expect(Set(storedKeys) == expectedKeys, "lost: \(expectedKeys.subtracting(storedKeys).sorted().prefix(5))")
        let storiesByLink = Dictionary(grouping: items, by: { $0.link ?? "" }).mapValues { Set($0.map(\.storyID)) }
        for (link, stories) in storiesByLink {
            #expect(stories.count == 1 && stories.first! != nil, "\(link) is in stories \(stories)")
        }
    }

    /// Every output file whole: the feeds parse, and each page ends.
    static func checkOutput(in output: URL) throws {
        let atom = try Data(contentsOf: output.appendingPathComponent("feed.atom"))
        let parsed = try FeedParser().parse(Array(atom))
        #expect(!parsed.isRecovered, "feed.atom is not well-formed: \(parsed.recoveryNote ?? "")")
        let links = parsed.entries.compactMap(\.link)
        #expect(Set(links).count == links.count, "a story is published twice")
        #expect(Set(parsed.entries.compactMap(\.id)).count == parsed.entries.count)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("feed.json"))) as? [String: Any]
        #expect((json?["items"] as? [Any])?.count == parsed.entries.count)
        let files = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []
        for page in files where page.hasSuffix(".html") {
            let text = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            #expect(text.lowercased().hasPrefix("<!doctype html>") && text.contains("</html>"), "\(page) is not whole")
        }
        let leftovers = files.filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files of killed writers are left: \(leftovers.prefix(5))")
    }

    /// SQLite's own check, through the python3 the feed server needs anyway:
    /// the tests reach the store only through its API, which has no pragma.
    static func integrityCheck(of database: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(FeedTestServer.python3))
        process.arguments = ["-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])", database]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// One outlet's Atom feed for `round`: the round's events, each under its
    /// own link, in words no other event shares.
    static func writeFeed(round: Int, outlet: Int, into test: TestWorkspace) throws -> (title: String, path: String) {
        let name = "round\(round)-outlet\(outlet).atom"
        let now = Timestamp.now
        let entries = (0..<eventsPerFeed).map { event in
            let words = (0..<5).map { Self.word(round * 100 + event * 10 + $0) }
            return """
                <entry><title>\(words[0].capitalized) \(words[1]) \(words[2]) near \(words[3].capitalized)</title>
                <id>urn:test:\(round):\(outlet):\(event)</id><link href="https://events.test/\(round)/\(event)"/>
                <updated>\(now.adding(seconds: -Int64(event * 60)).rfc3339)</updated>
                <summary>Outlet \(outlet) reports that \(words.joined(separator: " ")) happened.</summary></entry>
                """
        }
        try """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet \(outlet), round \(round)</title>
            <id>urn:test:feed:\(round):\(outlet)</id><updated>\(now.rfc3339)</updated>
            \(entries.joined(separator: "\n"))
            </feed>
            """.write(to: test.folder.appendingPathComponent("served/\(name)"), atomically: true, encoding: .utf8)
        return ("Outlet \(outlet), round \(round)", "/\(name)")
    }

    /// A made-up word per number: letters from the number's digits in base 19,
    /// consonant and vowel in turn, so no two events share vocabulary.
    static func word(_ number: Int) -> String {
        let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
        var value = number + 1_000
        var letters: [Character] = []
        while value > 0 {
            letters.append(consonants[value % consonants.count])
            value /= consonants.count
            letters.append(vowels[value % vowels.count])
            value /= vowels.count
        }
        return String(letters)
    }
}
