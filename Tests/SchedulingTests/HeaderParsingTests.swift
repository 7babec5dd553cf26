import Scheduling
import Testing
import Timestamps

struct HeaderParsingTests {
    let now = Timestamp(rfc3339: "2024-05-06T12:00:00Z")!

    @Test func retryAfterReadsDeltaSecondsAndHTTPDates() {
        #expect(RetryAfter.deadline("120", now: now) == now.adding(seconds: 120))
        #expect(RetryAfter.deadline(" 0 ", now: now) == now)
        #expect(RetryAfter.deadline("Mon, 06 May 2024 13:00:00 GMT", now: now) == now.adding(seconds: 3_600))
        #expect(RetryAfter.deadline("Monday, 06-May-24 13:00:00 GMT", now: now) == now.adding(seconds: 3_600))
        #expect(RetryAfter.deadline("Mon May  6 13:00:00 2024", now: now) == now.adding(seconds: 3_600))
        #expect(RetryAfter.deadline("-5", now: now) == nil)
        #expect(RetryAfter.deadline("later", now: now) == nil)
        #expect(RetryAfter.deadline("", now: now) == nil)
    }

    @Test func cacheControlMaxAgeIsFoundAmongOtherDirectives() {
        #expect(CacheControl.maxAgeSeconds(in: "public, max-age=300") == 300)
        #expect(CacheControl.maxAgeSeconds(in: "MAX-AGE = \"60\"") == 60)
        #expect(CacheControl.maxAgeSeconds(in: "s-maxage=10, max-age=20") == 20)
        #expect(CacheControl.maxAgeSeconds(in: "no-cache") == nil)
        #expect(CacheControl.maxAgeSeconds(in: "max-age=soon") == nil)
    }

    @Test func freshnessTakesTheLongestPromise() {
        let hints = FreshnessHints(ttlMinutes: 30, cacheControl: "max-age=7200")
        #expect(hints.freshSeconds(now: now) == 7_200)
        #expect(FreshnessHints(expires: "Mon, 06 May 2024 11:00:00 GMT").freshSeconds(now: now) == nil)
        #expect(FreshnessHints().freshSeconds(now: now) == nil)
    }
}
