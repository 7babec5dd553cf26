import FeedParsing
import Testing

@Suite("Entry identity")
struct EntryIdentityTests {
    private func feed(_ items: String) throws -> ParsedFeed {
        try FeedParser().parse(Array("<rss version=\"2.0\"><channel>\(items)</channel></rss>".utf8))
    }

    @Test("guid, else link, else a stable hash of title and date")
    func perEntry() throws {
        let parsed = try feed("""
            <item><guid>g1</guid><link>https://x.example/1</link></item>
            <item><link>https://x.example/2</link></item>
            <item><title>Only a title</title><pubDate>Thu, 01 Jan 2004 00:00:00 GMT</pubDate></item>
            """)
        #expect(parsed.entries[0].key == "g1")
        #expect(parsed.entries[1].key == "https://x.example/2")
        #expect(parsed.entries[2].key.hasPrefix("hash:"))
        #expect(parsed.identityNote == nil)
        let again = try feed("<item><title>Only a title</title><pubDate>Thu, 01 Jan 2004 00:00:00 GMT</pubDate></item>")
        #expect(again.entries[0].key == parsed.entries[2].key)
    }

    @Test("repeated guids make the whole feed fall back to links, then hashes")
    func repeatedGuids() throws {
        let byLink = try feed("""
            <item><guid>same</guid><link>https://x.example/1</link></item>
            <item><guid>same</guid><link>https://x.example/2</link></item>
            <item><guid>other</guid><link>https://x.example/3</link></item>
            """)
        #expect(byLink.entries.map(\.key) == ["https://x.example/1", "https://x.example/2", "https://x.example/3"])
        #expect(byLink.identityNote != nil)
        let byHash = try feed("""
            <item><guid>same</guid><link>https://x.example/</link><title>A</title></item>
            <item><guid>same</guid><link>https://x.example/</link><title>B</title></item>
            """)
        #expect(byHash.entries.allSatisfy { $0.key.hasPrefix("hash:") })
        #expect(Set(byHash.entries.map(\.key)).count == 2)
    }

    @Test("blank guids are noted and never become keys")
    func blankGuids() throws {
        let parsed = try feed("<item><guid> </guid><title>A</title></item><item><guid></guid><title>B</title></item>")
        #expect(parsed.entries.allSatisfy { !$0.key.isEmpty && $0.key.hasPrefix("hash:") })
        #expect(parsed.identityNote != nil)
    }
}
