internal import CLibXML2

/// libxml2's NUL-terminated UTF-8 strings, read in place rather than copied into
/// a `String` first: the sanitiser touches every one.
enum LibXMLString {
    static func bytes(_ string: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: string, count: Int(xmlStrlen(string)))
    }

    /// An element or attribute name as `String.lowercased()` spells it. libxml2's HTML
    /// parser gives lowercase ASCII names, which are copied without Unicode case mapping.
    static func lowercasedName(_ name: UnsafePointer<xmlChar>) -> String {
        let name = bytes(name)
        guard name.allSatisfy({ $0 < 0x80 }) else { return String(decoding: name, as: UTF8.self).lowercased() }
        guard name.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            return String(decoding: name, as: UTF8.self)
        }
        return String(decoding: name.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
