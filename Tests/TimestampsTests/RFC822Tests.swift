import Testing
import Timestamps

@Suite("RFC 822 dates")
struct RFC822Tests {
    @Test("reads the forms mail, HTTP and feeds use", arguments: [
        ("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Sun, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37Z"),
        ("Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z"),
        ("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z"),
        ("Sun Jul 15 01:16:00 +0000 2012", "2012-07-15T01:16:00Z"),
        ("Thu Aug 30 2012 17:26:16 +0200", "2012-08-30T15:26:16Z"),
        ("Thu Aug 30 2012 17:26:16 GMT+0200 (Central European Summer Time)", "2012-08-30T15:26:16Z"),
        ("01 Jan 2004 19:48:21 +0100", "2004-01-01T18:48:21Z"),
        ("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z"),
        ("Thu, 01 Jan 2004 00:00 GMT", "2004-01-01T00:00:00Z"),
        ("Thu, 01 Jan 2004", "2004-01-01T00:00:00Z"),
        ("Thu,  5 Apr 2012 10:00:00 GMT", "2012-04-05T10:00:00Z"),
        ("Fri,24 Nov 2023 18:28:36 -0000", "2023-11-24T18:28:36Z"),
        ("Mon, 13 Feb, 2012 06:28:00 UTC", "2012-02-13T06:28:00Z"),
        ("Mon, 26 January 2004 16:31:00 ET", "2004-01-26T21:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 EST", "2004-01-26T21:31:00Z"),
        ("Mon, 26 Jul 2004 16:31:00 EDT", "2004-07-26T20:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 CST", "2004-01-26T22:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 MDT", "2004-01-26T22:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 PST", "2004-01-27T00:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 PDT", "2004-01-26T23:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 UT", "2004-01-26T16:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 Z", "2004-01-26T16:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 A", "2004-01-26T17:31:00Z"),
        ("Mon, 26 Jan 2004 16:31:00 Y", "2004-01-26T04:31:00Z"),
        ("Thu, 30 Apr 2015 08:57:00 MEST", "2015-04-30T06:57:00Z"),
        ("Wed, 19 Aug 2009 18:28:00 Etc/GMT", "2009-08-19T18:28:00Z"),
        ("Wed, 19 Feb 2012 22:40:00 GMT-01:01", "2012-02-19T23:41:00Z"),
        ("Wed, 19 Feb 2012 22:40:00 -01:01", "2012-02-19T23:41:00Z"),
        ("Thu, 01 Jan 0100 00:00:01 +0100", "0099-12-31T23:00:01Z"),
        ("Tue, 10 Jun 2003 09:41:01.123 GMT", "2003-06-10T09:41:01Z"),
        ("Tue, 10 Jun 2003 3:41 PM GMT", "2003-06-10T15:41:00Z"),
        ("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z"),
        ("Tue, 29 Feb 2000 12:00:00 GMT", "2000-02-29T12:00:00Z"),
    ])
    func reads(_ input: String, _ expected: String) {
        #expect(Timestamp(rfc822: input)?.rfc3339 == expected, "\(input)")
    }

    @Test("rejects what is not a date", arguments: [
        "",
        "yesterday",
        "Sun, 16 Dec 2012 1:2:3:4 GMT",
        "Sun, 16 zzz 2012 11:47:32 GMT",
        "Sun, Dec x 2012 11:47:32 GMT",
        "Sun, 16 Dec zz 11:47:32 GMT",
        "Sun, 16 Dec 2012 11:47:32 +zz:00",
        "Sun, 16 Dec 2012 11:47:32 +00:zz",
        "Sun, 99 Jun 2009 12:00:00 GMT",
        "Thu, 29 Feb 2001 12:00:00 GMT",
        "Thu, 01 Jan 2004 25:00:00 GMT",
        "Thu, 01 Jan 2004 12:00:00 GMT GMT",
        "2003-12-31T10:14:55Z",
    ])
    func rejects(_ input: String) {
        #expect(Timestamp(rfc822: input) == nil, "\(input)")
    }
}
