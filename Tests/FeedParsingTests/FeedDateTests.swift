import FeedParsing
import Foundation
import Testing
import Timestamps

@Suite("Feed dates")
struct FeedDateTests {
    @Test("the forms feeds use", arguments: [
        ("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"),
        ("2003-12-31T10:14:55.123-08:00", "2003-12-31T18:14:55Z"),
        ("2003-12-31", "2003-12-31T00:00:00Z"),
        ("2003-12", "2003-12-01T00:00:00Z"),
        ("2004-07-08 23:56:58 -00:20", "2004-07-09T00:16:58Z"),
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Sun Jan  4 16:29:06 2004", "2004-01-04T16:29:06Z"),
        ("  Tue, 10 Jun 2003 09:41:01 +0000\n", "2003-06-10T09:41:01Z"),
        ("Κυρ, 11 Ιούλ 2004 12:00:00 EST", "2004-07-11T17:00:00Z"),
        ("2004-július-13T9:15-05:00", "2004-07-13T14:15:00Z"),
        ("2004-05-25 오후 11:23:17", "2004-05-25T14:23:17Z"),
        ("2004년 05월 28일  01:31:15", "2004-05-27T16:31:15Z"),
        ("", nil),
        ("soon", nil),
        ("2003-13-01", nil),
        ("2003-12-31T10:14:55+25:00", nil),
        // A year no calendar arithmetic could hold is refused, not computed.
        ("99999999999999999년 05월 28일  01:31:15", nil),
    ] as [(String, String?)])
    func forms(_ input: String, _ expected: String?) {
        #expect(FeedDate.parse(input)?.rfc3339 == expected, "\(input)")
    }

    /// feedparser's own date tests. One vector contradicts another through feedparser's
    /// chain of parsers: its W3C-DTF parser rejects `22013`, but its ISO 8601 parser (which
    /// must read `03335` as day 335 of 2003) reads it as day 13 of 2022, and so do we.
    @Test("feedparser's date vectors", .enabled(if: Fixture.sharedDirectory != nil, "needs ../shared/corpus"))
    func vectors() throws {
        let file = try #require(Fixture.sharedDirectory)
            .appendingPathComponent("corpus/feedparser-dates/date_vectors.jsonl")
        let contradicted: Set<String> = ["22013"]
        var checked = 0
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
            let vector = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let input = try #require(vector["input"] as? String)
            guard !contradicted.contains(input) else { continue }
            let expected = vector["expected_utc"] as? String
            #expect(FeedDate.parse(input)?.rfc3339 == expected, "\(input) (\(vector["parser"] ?? ""))")
            checked += 1
        }
        #expect(checked >= 70)
    }
}
