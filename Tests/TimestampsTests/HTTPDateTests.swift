import Testing
import Timestamps

@Suite("HTTP dates")
struct HTTPDateTests {
    @Test func formatsTheIMFFixdate() {
        #expect(Timestamp(secondsSince1970: 784_111_777).httpDate == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(Timestamp(secondsSince1970: 0).httpDate == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(Timestamp(secondsSince1970: -1).httpDate == "Wed, 31 Dec 1969 23:59:59 GMT")
    }

    @Test func readsBackThroughTheRFC822Parser() {
        let moment = Timestamp(secondsSince1970: 1_716_000_123)
        #expect(Timestamp(rfc822: moment.httpDate) == moment)
    }
}
