/// Harman's "S" stemmer: folds plurals onto their singular and nothing more.
///
/// Stronger stemmers (Porter) conflate words that news keeps apart ("policy"
/// and "police", "general" and "generous"); plurals are the variation that
/// actually splits two reports of one event.
enum LightStemmer {
    static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.last == UInt8(ascii: "s"), !word.allSatisfy(\.isNumber) else { return word }
        if word.hasSuffix("ies"), !word.hasSuffix("eies"), !word.hasSuffix("aies"), bytes.count > 4 {
            return String(decoding: bytes.dropLast(3), as: UTF8.self) + "y"
        }
        if word.hasSuffix("es"), !word.hasSuffix("aes"), !word.hasSuffix("ees"), !word.hasSuffix("oes") {
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        }
        if !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        }
        return word
    }
}
