/// The renderers give documents as UTF-8 bytes, as they go to disk; the tests read them as text.
extension Array<UInt8> {
    var text: String { String(decoding: self, as: UTF8.self) }
}
