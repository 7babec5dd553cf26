@testable import FeedFetching
import Testing

struct ResponseRecorderTests {
    private func record(_ lines: [String], maxBodyBytes: Int = 100) -> ResponseRecorder {
        var recorder = ResponseRecorder(maxBodyBytes: maxBodyBytes)
        for line in lines {
            recorder.receiveHeaderLine(line + "\r\n")
        }
        return recorder
    }

    @Test func headersOfTheFinalResponseWinAndHopsAreKept() {
        let recorder = record([
            "HTTP/1.1 301 Moved Permanently", "Location: /next", "ETag: \"hop\"", "",
            "HTTP/1.1 100 Continue", "",
            "HTTP/2 200 ", "etag: \"final\"", "Last-Modified: Mon, 06 May 2024 08:00:00 GMT",
            "Content-Type:application/rss+xml", "Cache-Control: max-age=60", "cache-control: public", "",
        ])
        #expect(recorder.followedRedirects.map(\.status) == [301])
        #expect(recorder.followedRedirects.first?.location == "/next")
        let final = recorder.finalHead
        #expect(final?.status == 200)
        #expect(final?.etag == "\"final\"")
        #expect(final?.lastModified == "Mon, 06 May 2024 08:00:00 GMT")
        #expect(final?.contentType == "application/rss+xml")
        #expect(final?.cacheControl == "max-age=60, public")
        #expect(final?.location == nil)
    }

    @Test func theBodyIsCappedAndBelongsToTheLastResponse() {
        var recorder = record(["HTTP/1.1 302 Found", "Location: /x"], maxBodyBytes: 8)
        #expect(Array("moved".utf8).withUnsafeBytes { recorder.receiveBody($0) })
        recorder.receiveHeaderLine("HTTP/1.1 200 OK\r\n")
        #expect(recorder.body.isEmpty)
        #expect(Array("12345".utf8).withUnsafeBytes { recorder.receiveBody($0) })
        #expect(!Array("6789".utf8).withUnsafeBytes { recorder.receiveBody($0) })
        #expect(recorder.bodyOverflowed)
        #expect(recorder.body == Array("12345".utf8))
    }
}
