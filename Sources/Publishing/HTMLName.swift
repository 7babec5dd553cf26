/// A tag or attribute name as libxml2 reads it, ASCII letters lowercased, packed
/// into one integer: tags are matched and looked up without a `String` each, and
/// most of a fragment's names are never spelt out again.
struct HTMLName: Hashable {
    /// The characters as the digits of a number in base 41 (codes 1 to 40, so
    /// that names of different lengths differ); 0 for a name too long to pack,
    /// which no table knows and which compares by its bytes instead.
    let packed: UInt64

    /// 41 to the 11th power is below 2 to the 64th; the longest names our tables
    /// hold (`cellpadding`, `cellspacing`) have eleven characters.
    static let maximumPackedLength = 11

    /// `bytes` are name characters (`HTMLSyntax.isNameByte`).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.maximumPackedLength else {
            packed = 0
            return
        }
        var packed: UInt64 = 0
        for byte in bytes { packed = packed &* 41 &+ UInt64(Self.code(of: byte)) }
        self.packed = packed
    }

    init(_ name: StaticString) {
        self = name.withUTF8Buffer { HTMLName($0) }
    }

    /// For building tables; `name` holds name characters only.
    init(_ name: String) {
        var name = name
        self = name.withUTF8 { HTMLName($0) }
    }

    var isPacked: Bool { packed != 0 }

    /// Letters of either case share a code, so the packing lowercases them.
    private static func code(of byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 1
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A") + 1
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 27
        case UInt8(ascii: "-"): 37
        case UInt8(ascii: "_"): 38
        case UInt8(ascii: ":"): 39
        default: 40
        }
    }

    // The names the parser's and the sanitiser's code refer to.
    static let html = HTMLName("html")
    static let head = HTMLName("head")
    static let body = HTMLName("body")
    static let p = HTMLName("p")
    static let script = HTMLName("script")
    static let style = HTMLName("style")
    static let img = HTMLName("img")
    static let audio = HTMLName("audio")
    static let video = HTMLName("video")
    static let source = HTMLName("source")
    static let table = HTMLName("table")
    static let caption = HTMLName("caption")
    static let colgroup = HTMLName("colgroup")
    static let col = HTMLName("col")
    static let thead = HTMLName("thead")
    static let tbody = HTMLName("tbody")
    static let tfoot = HTMLName("tfoot")
    static let tr = HTMLName("tr")
    static let td = HTMLName("td")
    static let th = HTMLName("th")
    static let li = HTMLName("li")
    static let dd = HTMLName("dd")
    static let dt = HTMLName("dt")
    static let href = HTMLName("href")
    static let src = HTMLName("src")
    static let alt = HTMLName("alt")
    static let poster = HTMLName("poster")
    static let cite = HTMLName("cite")
}
