@testable import Aggregator
import FeedTestServer
import Foundation
import Logging
import Store
import Synchronization
import Testing
import Timestamps

/// The daemon's parts that need no binary: the notify protocol, the log
/// lines, the schedule arithmetic, the watchdog's judgement and the inbox.
@Suite("Daemon parts")
struct DaemonPartsTests {
    @Test func notifierSendsOneDatagramToAnAbstractSocket() async throws {
        let listener = try DaemonNotifyListener(abstract: true)
        let notifier = try #require(try SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.path]))
        #expect(notifier.send(.ready(status: "2 feeds\nloaded")))
        let message = await listener.next(timeout: .seconds(5))
        #expect(message == ["READY=1", "STATUS=2 feeds loaded"], "a line break in a value would start a new assignment")
    }

    @Test func notifierSendsToASocketFile() async throws {
        let listener = try DaemonNotifyListener()
        let notifier = try #require(try SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.path]))
        #expect(notifier.send(.reloading(monotonicMicroseconds: 42)))
        #expect(await listener.next(timeout: .seconds(5)) == ["RELOADING=1", "MONOTONIC_USEC=42", "STATUS=reloading the configuration"])
    }

    @Test func notifierIsAbsentWithoutSystemdAndRefusesARelativeSocket() throws {
        #expect(try SystemdNotifier(environment: [:]) == nil)
        #expect(try SystemdNotifier(environment: ["NOTIFY_SOCKET": ""]) == nil)
        let error = #expect(throws: DaemonError.self) { try SystemdNotifier(environment: ["NOTIFY_SOCKET": "notify.sock"]) }
        #expect(error?.code == .notifySocket)
        #expect(error?.description.contains("NOTIFY_SOCKET=notify.sock") == true)
    }

    @Test func watchdogIntervalComesFromSystemd() throws {
        #expect(try WatchdogService.interval(environment: [:]) == nil)
        #expect(try WatchdogService.interval(environment: ["WATCHDOG_USEC": "400000"]) == .milliseconds(400))
        #expect(try WatchdogService.interval(environment: ["WATCHDOG_USEC": "400000", "WATCHDOG_PID": "7"], processID: 7) == .milliseconds(400))
        #expect(try WatchdogService.interval(environment: ["WATCHDOG_USEC": "400000", "WATCHDOG_PID": "7"], processID: 8) == nil,
                "the watchdog is meant for another process")
        #expect(throws: DaemonError.self) { try WatchdogService.interval(environment: ["WATCHDOG_USEC": "soon"]) }
    }

    @Test func logLinesCarrySyslogPrioritiesForTheJournal() {
        let time = Timestamp(secondsSince1970: 1_700_000_000)
        let journal = JournalLogHandler(label: "aggregator.run", level: SharedLogLevel(.info), toJournal: true) { _ in }
        #expect(journal.line(level: .warning, message: "feed failed", metadata: ["feed.url": "http://a.test/x", "error": "HTTP 500 from server"], time: time)
            == "<4>aggregator.run: feed failed error=\"HTTP 500 from server\" feed.url=http://a.test/x")
        #expect(journal.line(level: .info, message: "two\nlines", metadata: [:], time: time) == "<6>aggregator.run: two\\nlines")
        let terminal = JournalLogHandler(label: "aggregator.run", level: SharedLogLevel(.info), toJournal: false) { _ in }
        #expect(terminal.line(level: .error, message: "cycle stopped", metadata: [:], time: time)
            == "2023-11-14T22:13:20Z error aggregator.run: cycle stopped")
        #expect([Logger.Level.trace, .debug, .info, .notice, .warning, .error, .critical].map(JournalLogHandler.syslogPriority(of:))
            == [7, 7, 6, 5, 4, 3, 2])
    }

    @Test func everyEventIsWrittenAsOneLine() {
        let written = Mutex<[String]>([])
        let handler = JournalLogHandler(label: "test", level: SharedLogLevel(.info), toJournal: true) { line in written.withLock { $0.append(line) } }
        var logger = Logger(label: "test") { _ in handler }
        logger[metadataKey: "cycle"] = "3"
        logger.notice("first\nsecond", metadata: ["feed.url": "http://a.test/"])
        #expect(written.withLock { $0 } == ["<5>test: first\\nsecond cycle=3 feed.url=http://a.test/\n"])
    }

    @Test func aChangedSharedLevelReachesLoggersMadeBefore() {
        let written = Mutex<[String]>([])
        let level = SharedLogLevel(.info)
        let logger = Logger(label: "test") { label in
            JournalLogHandler(label: label, level: level, toJournal: true) { line in written.withLock { $0.append(line) } }
        }
        logger.debug("hidden")
        level.value = .debug
        logger.debug("shown")
        var own = logger
        own.logLevel = .error
        level.value = .trace
        own.warning("below its own level")
        #expect(written.withLock { $0 } == ["<7>test: shown\n"])
        #expect(logger.logLevel == .trace)
    }

    @Test func journalIsRecognisedOnlyWhenTheStreamIsStandardError() {
        #expect(JournalLogHandler.isJournal(stream: "8:12345", device: 8, inode: 12_345))
        #expect(!JournalLogHandler.isJournal(stream: "8:12345", device: 8, inode: 99))
        #expect(!JournalLogHandler.isJournal(stream: nil, device: 8, inode: 12_345))
        #expect(!JournalLogHandler.isJournal(stream: "garbage", device: 8, inode: 12_345))
    }

    @Test func statusNamesFeedsStoriesAndTheNextPoll() {
        let soon = Timestamp(secondsSince1970: 1_700_000_600)
        let feeds = [
            FeedRecord(id: 1, url: "http://a.test/", subscribedURL: "http://a.test/", title: "A", nextCheck: Timestamp(secondsSince1970: 1_700_003_600)),
            FeedRecord(id: 2, url: "http://b.test/", subscribedURL: "http://b.test/", title: "B", lastError: "HTTP 500", nextCheck: soon),
            FeedRecord(id: 3, url: "http://c.test/", subscribedURL: "http://c.test/", title: "C", nextCheck: Timestamp(secondsSince1970: 1), isGone: true),
        ]
        let status = DaemonStatus(feeds: feeds, storiesPublished: 12)
        #expect(status.nextPoll == soon, "a gone feed is never polled again")
        #expect(status.line == "3 feeds (1 failing), 12 stories published; next poll 2023-11-14T22:23:20Z")
        let fresh = FeedRecord(id: 4, url: "http://d.test/", subscribedURL: "http://d.test/", title: "D")
        #expect(DaemonStatus.nextPoll(of: feeds + [fresh]) == Timestamp(secondsSince1970: 0), "a feed never checked is due at once")
        #expect(DaemonStatus(feeds: [], storiesPublished: 0).line == "0 feeds, 0 stories published; no feed to poll")
    }

    @Test func pauseRunsToTheNextPollButNoLongerThanTheLongest() {
        let now = Timestamp(secondsSince1970: 1_000)
        let longest = Duration.seconds(900)
        #expect(SchedulerService.pause(until: Timestamp(secondsSince1970: 999), now: now, longest: longest) == .zero)
        #expect(SchedulerService.pause(until: now, now: now, longest: longest) == .zero)
        #expect(SchedulerService.pause(until: Timestamp(secondsSince1970: 1_060), now: now, longest: longest) == .seconds(60))
        #expect(SchedulerService.pause(until: Timestamp(secondsSince1970: 90_000), now: now, longest: longest) == longest)
        #expect(SchedulerService.pause(until: nil, now: now, longest: longest) == longest)
    }

    @Test func feedsDueSoonAfterTheFirstWaitForOneCycle() {
        #expect(SchedulerService.gatheringSeconds(minInterval: 900) == 30)
        #expect(SchedulerService.gatheringSeconds(minInterval: 5) == 2, "never less than the spread of one cycle's stamps")
        #expect(SchedulerService.gatheringSeconds(minInterval: 60) == 2)
    }

    @Test func watchdogJudgesProgressOnAnInjectedClock() {
        let start = ContinuousClock.now
        let clock = Mutex(start)
        let monitor = CycleMonitor { clock.withLock { $0 } }
        let window = Duration.seconds(10)
        func advance(_ duration: Duration) { clock.withLock { $0 += duration } }

        #expect(monitor.isMakingProgress(within: window), "idle between cycles is healthy")
        monitor.cycleStarting()
        advance(.seconds(9))
        #expect(monitor.isMakingProgress(within: window))
        monitor.advanced(feed: "A")
        advance(.seconds(9))
        #expect(monitor.isMakingProgress(within: window), "finishing a feed is progress")
        advance(.seconds(2))
        #expect(!monitor.isMakingProgress(within: window), "a whole window without a finished feed is a stuck cycle")
        monitor.waitingForLock()
        advance(.seconds(60))
        #expect(monitor.isMakingProgress(within: window), "waiting for another process's cycle is not being stuck")
        monitor.started(total: 3)
        advance(.seconds(11))
        #expect(!monitor.isMakingProgress(within: window))
        monitor.cycleEnded()
        #expect(monitor.isMakingProgress(within: window))
    }

    @Test(
        .timeLimit(.minutes(1)),
        .enabled(if: FeedTestServer.isAvailable, "python3 is not installed: the test workspace starts the local feed server")
    )
    func inboxWakesAWaitingSchedulerAndKeepsOnlyTheNewestReload() async throws {
        let test = try TestWorkspace()
        let first = try test.load(feeds: [("A", "/a.xml")])
        let second = try test.load(feeds: [("A", "/a.xml"), ("B", "/b.xml")])
        let inbox = DaemonInbox()
        let farAway = ContinuousClock.now + .seconds(3_600)
        async let woken: Void = inbox.wait(until: farAway)
        inbox.post(first)
        inbox.post(second)
        await woken
        #expect(inbox.takeReload()?.subscriptions.subscriptions.count == 2)
        #expect(inbox.takeReload() == nil)

        inbox.stop()
        await inbox.wait(until: farAway)
        #expect(inbox.isStopping, "a stop already asked for ends the wait at once")
    }
}
