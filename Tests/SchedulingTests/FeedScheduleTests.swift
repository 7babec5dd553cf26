import Scheduling
import Testing
import Timestamps

/// Every test runs at this fixed moment; nothing sleeps.
private let now = Timestamp(rfc3339: "2024-05-06T12:00:00Z")!

private func hoursAgo(_ hours: Double) -> Timestamp {
    now.adding(seconds: Int64(-hours * 3_600))
}

private func waitSeconds(_ decision: ScheduleDecision) -> Int64? {
    decision.nextCheck.map { $0.secondsSince1970 - now.secondsSince1970 }
}

struct FeedScheduleTests {
    let schedule = FeedSchedule()

    private func decide(
        _ outcome: FetchOutcome, failures: Int = 0, items: [Timestamp] = [], hints: FreshnessHints = FreshnessHints(),
        jitter: Double = 0
    ) -> ScheduleDecision {
        schedule.decide(
            after: outcome, history: FeedHistory(consecutiveFailures: failures, itemTimes: items), hints: hints,
            now: now, jitter: jitter)
    }

    @Test func anUnknownFeedWaitsTheConfiguredInterval() {
        let decision = decide(.succeeded)
        #expect(waitSeconds(decision) == 3_600)
        #expect(decision.reason == .regular)
        #expect(decision.consecutiveFailures == 0)
    }

    @Test func jitterSpreadsTheWaitByTenPercentEitherWay() {
        #expect(waitSeconds(decide(.succeeded, jitter: 1)) == 3_960)
        #expect(waitSeconds(decide(.succeeded, jitter: -1)) == 3_240)
        #expect(waitSeconds(decide(.succeeded, jitter: 0.5)) == 3_780)
        #expect(waitSeconds(decide(.succeeded, jitter: 7)) == 3_960)
    }

    @Test func theIntervalFollowsHowOftenTheFeedPublishes() {
        let everyTwoHours = (0..<10).map { hoursAgo(0.5 + 2 * Double($0)) }
        #expect(waitSeconds(decide(.succeeded, items: everyTwoHours)) == 7_200)
        let everyFiveMinutes = (0..<10).map { hoursAgo(Double($0) / 12) }
        #expect(waitSeconds(decide(.succeeded, items: everyFiveMinutes)) == 900)
        let weekly = (0..<4).map { hoursAgo(168 * Double($0)) }
        #expect(waitSeconds(decide(.succeeded, items: weekly)) == 86_400)
    }

    @Test func aFeedThatWentQuietIsPolledLess() {
        let hourlyUntilTenHoursAgo = (0..<10).map { hoursAgo(10 + Double($0)) }
        #expect(waitSeconds(decide(.succeeded, items: hourlyUntilTenHoursAgo)) == 18_000)
    }

    @Test func onlyTheNewestDistinctPastItemsCount() {
        let sameTime = Array(repeating: hoursAgo(1), count: 5)
        #expect(waitSeconds(decide(.succeeded, items: sameTime)) == 3_600)
        let future = [now.adding(seconds: 86_400), now.adding(seconds: 172_800)]
        #expect(waitSeconds(decide(.succeeded, items: future + [hoursAgo(0), hoursAgo(2)])) == 7_200)
        // Thirty old daily items, then twenty every 20 minutes: the recent rate decides.
        let old = (0..<30).map { hoursAgo(24 * Double($0 + 2)) }
        let recent = (0..<20).map { hoursAgo(Double($0) / 3) }
        #expect(waitSeconds(decide(.succeeded, items: old + recent)) == 1_200)
    }

    @Test func freshnessHintsStretchButNeverShortenTheInterval() {
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(ttlMinutes: 120))) == 7_200)
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(cacheControl: "public, max-age=10800"))) == 10_800)
        let inTwoHours = "Mon, 06 May 2024 14:00:00 GMT"
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(expires: inTwoHours))) == 7_200)
        // max-age makes Expires irrelevant.
        let both = FreshnessHints(cacheControl: "max-age=60", expires: inTwoHours)
        #expect(waitSeconds(decide(.succeeded, hints: both)) == 3_600)
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(ttlMinutes: 5))) == 3_600)
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(ttlMinutes: 2 * 1_440))) == 86_400)
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(ttlMinutes: .max))) == 86_400)
        #expect(waitSeconds(decide(.succeeded, hints: FreshnessHints(expires: "0"))) == 3_600)
    }

    @Test func failuresBackOffFromTheThirdOnAndSuccessResets() {
        let first = decide(.failed)
        #expect(waitSeconds(first) == 3_600)
        #expect(first.consecutiveFailures == 1)
        #expect(first.reason == .regular)
        let third = decide(.failed, failures: 2)
        #expect(waitSeconds(third) == 10_800)
        #expect(third.reason == .backoff)
        #expect(waitSeconds(decide(.failed, failures: 29)) == 86_400)
        #expect(decide(.succeeded, failures: 29).consecutiveFailures == 0)
    }

    @Test func backoffNeverPollsFasterThanTheRegularInterval() {
        let daily = FreshnessHints(ttlMinutes: 1_440)
        let decision = decide(.failed, failures: 2, hints: daily)
        #expect(waitSeconds(decision) == 86_400)
        #expect(decision.reason == .regular)
    }

    @Test func retryAfterInSecondsOrAsADateIsAFloor() {
        let seconds = decide(.rateLimited(retryAfter: "7200"))
        #expect(waitSeconds(seconds) == 7_200)
        #expect(seconds.reason == .retryAfter)
        #expect(seconds.consecutiveFailures == 1)
        #expect(waitSeconds(decide(.rateLimited(retryAfter: "Mon, 06 May 2024 15:00:00 GMT"))) == 10_800)
        // Jitter never brings the check before the server's time.
        #expect(waitSeconds(decide(.rateLimited(retryAfter: "7200"), jitter: -1)) == 7_200)
        // A shorter Retry-After than our own interval changes nothing.
        let short = decide(.rateLimited(retryAfter: "60"))
        #expect(waitSeconds(short) == 3_600)
        #expect(short.reason == .regular)
    }

    @Test func retryAfterIsCappedAndAMissingOneCountsAsAFailure() {
        #expect(waitSeconds(decide(.rateLimited(retryAfter: "432000"))) == 86_400)
        #expect(waitSeconds(decide(.rateLimited(retryAfter: "99999999999999999999999"))) == 86_400)
        // Fits Int64, but added to the clock it would overflow.
        #expect(waitSeconds(decide(.rateLimited(retryAfter: "9223372036854775807"))) == 86_400)
        #expect(waitSeconds(decide(.rateLimited(retryAfter: nil), failures: 3)) == 14_400)
        #expect(waitSeconds(decide(.rateLimited(retryAfter: "soon"))) == 3_600)
    }

    @Test func goneStopsPolling() {
        let decision = decide(.gone, failures: 1)
        #expect(decision.nextCheck == nil)
        #expect(decision.reason == .gone)
        #expect(decision.consecutiveFailures == 1)
    }

    @Test func everyPolicyValueIsHonoured() {
        var policy = SchedulePolicy()
        policy.intervalSeconds = 600
        policy.minimumIntervalSeconds = 300
        policy.maximumIntervalSeconds = 1_200
        policy.failuresBeforeBackoff = 1
        policy.backoffStepSeconds = 100
        policy.maximumBackoffSeconds = 5_000
        policy.maximumRetryAfterSeconds = 2_000
        policy.jitterFraction = 0.5
        policy.itemsForPublishingRate = 2
        let custom = FeedSchedule(policy: policy)
        func wait(_ outcome: FetchOutcome, failures: Int = 0, items: [Timestamp] = [], jitter: Double = 0) -> Int64? {
            waitSeconds(custom.decide(
                after: outcome, history: FeedHistory(consecutiveFailures: failures, itemTimes: items),
                hints: FreshnessHints(), now: now, jitter: jitter))
        }
        #expect(wait(.succeeded) == 600)
        #expect(wait(.succeeded, jitter: 1) == 900)
        #expect(wait(.succeeded, items: [hoursAgo(0), hoursAgo(0.1), hoursAgo(5)]) == 360)
        #expect(wait(.succeeded, items: [hoursAgo(0), hoursAgo(5)]) == 1_200)
        #expect(wait(.failed, failures: 9) == 1_000)
        #expect(wait(.failed, failures: 99) == 5_000)
        #expect(wait(.rateLimited(retryAfter: "86400")) == 2_000)
    }

    @Test func validatorsAreDroppedOnceAWeek() {
        #expect(schedule.needsUnconditionalFetch(lastUnconditionalFetch: nil, now: now))
        #expect(!schedule.needsUnconditionalFetch(lastUnconditionalFetch: hoursAgo(6 * 24), now: now))
        #expect(schedule.needsUnconditionalFetch(lastUnconditionalFetch: hoursAgo(7 * 24), now: now))
    }
}
