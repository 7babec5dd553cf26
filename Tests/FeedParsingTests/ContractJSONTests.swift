import FeedParsing
import Foundation
import Testing

@Suite("aggregator parse --json shape")
struct ContractJSONTests {
    @Test("keys, dates, lengths in Unicode scalars, people and enclosures")
    func shape() throws {
        let feed = try FeedParser().parse(try Fixture.bytes("rss20.xml"), documentURL: "https://example.com/feed.xml")
        let json = feed.contractJSON()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "rss20")
        #expect(object["bozo"] as? Bool == false)
        let head = try #require(object["feed"] as? [String: Any])
        #expect(head["title"] as? String == "Example & Co News")
        #expect(head["id"] is NSNull)
        #expect(head["updated"] as? String == "2003-06-10T09:41:01Z")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["published"] as? String == "2003-06-10T09:00:00Z")
        #expect(entries[0]["summary_len"] as? Int == "<p>The caf&eacute; is <b>open</b>.</p>".unicodeScalars.count)
        #expect(entries[1]["content_len"] is NSNull)
        let authors = try #require(entries[0]["authors"] as? [[String: Any]])
        #expect(authors.first?["email"] as? String == "news@example.com")
        let enclosures = try #require(entries[0]["enclosures"] as? [[String: Any]])
        #expect(enclosures.first?["length"] as? String == "1234")
        #expect(json.hasPrefix("{\"version\":\"rss20\",\"bozo\":false,\"feed\":{\"title\""))
    }
}
