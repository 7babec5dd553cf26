@testable import FeedFetching
import Testing

struct URLPartsTests {
    @Test func hostKeysCountDefaultPortsLikeLibcurl() throws {
        #expect(try #require(URLParts("http://Example.COM/feed")).hostKey == "example.com:80")
        #expect(try #require(URLParts("https://example.com/feed")).hostKey == "example.com:443")
        #expect(try #require(URLParts("http://127.0.0.1:8080/")).hostKey == "127.0.0.1:8080")
        #expect(URLParts("not a url") == nil)
    }

    @Test func fileURLsGiveTheirDecodedPath() throws {
        let parts = try #require(URLParts("file:///tmp/my%20feed.xml"))
        #expect(parts.scheme == "file")
        #expect(parts.path == "/tmp/my feed.xml")
    }

    @Test func locationsResolveAgainstTheURLTheyCameFrom() {
        #expect(URLParts.resolve("/b?x=1", against: "http://h:81/a/c") == "http://h:81/b?x=1")
        #expect(URLParts.resolve("d", against: "http://h/a/c") == "http://h/a/d")
        #expect(URLParts.resolve("file:///etc/passwd", against: "http://h/") == "file:///etc/passwd")
    }
}
