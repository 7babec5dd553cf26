import FeedParsing
import Testing

@Suite("Feed parser: character encodings")
struct FeedEncodingTests {
    let parser = FeedParser()

    private func rss(title: [UInt8], declaration: String?) -> [UInt8] {
        let head = declaration.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? ""
        return Array((head + "<rss version=\"2.0\"><channel><title>").utf8) + title
            + Array("</title></channel></rss>".utf8)
    }

    @Test("8-bit encodings from the XML declaration", arguments: [
        ("iso-8859-1", [0x43, 0x61, 0x66, 0xE9] as [UInt8], "Café"),
        ("windows-1252", [0x80, 0x20, 0x93, 0x71, 0x94], "€ “q”"),
        ("windows-1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], "Привет"),
        ("KOI8-R", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
        ("ISO-8859-7", [0xC1, 0xE8, 0xDE, 0xED, 0xE1], "Αθήνα"),
        ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("EUC-KR", [0xC7, 0xD1, 0xB1, 0xB9], "한국"),
        ("GB2312", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
    ])
    func declared(_ encoding: String, _ bytes: [UInt8], _ expected: String) throws {
        let feed = try parser.parse(rss(title: bytes, declaration: encoding))
        #expect(feed.title == expected)
        #expect(!feed.isRecovered)
    }

    @Test("the BOM wins over the declaration, the declaration over the HTTP charset")
    func precedence() throws {
        let units = Array("<rss version=\"2.0\"><channel><title>Ωmega</title></channel></rss>".utf16)
        let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try parser.parse(utf16, contentType: "text/xml; charset=iso-8859-1").title == "Ωmega")
        let declared = rss(title: [0xE9], declaration: "iso-8859-1")
        #expect(try parser.parse(declared, contentType: "text/xml; charset=utf-8").title == "é")
        let undeclared = rss(title: [0xCF, 0xF0], declaration: nil)
        #expect(try parser.parse(undeclared, contentType: "application/rss+xml; charset=\"windows-1251\"").title == "Пр")
    }

    @Test("UTF-16 and UTF-32 without a BOM are recognised")
    func wideWithoutBOM() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Zürich</title></channel></rss>"
        let bigEndian: [UInt8] = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try parser.parse(bigEndian).title == "Zürich")
        let utf32 = text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let value = scalar.value
            return [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
        }
        #expect(try parser.parse(utf32).title == "Zürich")
    }

    @Test("invalid bytes are replaced and the feed is marked recovered")
    func invalidBytes() throws {
        let feed = try parser.parse(rss(title: [0x41, 0xFF, 0x42], declaration: "utf-8"))
        #expect(feed.title == "A\u{FFFD}B")
        #expect(feed.isRecovered)
        let undeclared = try parser.parse(rss(title: [0x43, 0x61, 0x66, 0xE9], declaration: nil))
        #expect(undeclared.title == "Café", "undeclared non-UTF-8 reads as windows-1252")
        #expect(undeclared.isRecovered)
        let shiftJIS = try parser.parse(rss(title: [0x93, 0xFA, 0xFF, 0xFF, 0x96, 0x7B], declaration: "Shift_JIS"))
        #expect(shiftJIS.title?.hasPrefix("日") == true)
        #expect(shiftJIS.title?.hasSuffix("本") == true)
        #expect(shiftJIS.isRecovered)
    }
}
